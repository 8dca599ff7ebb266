using MlKata.Testing;
using MlKata.Testing.Gpu;
using NUnit.Framework;

namespace Katas.NearestNeighborSearch.Tests;

public sealed class EmbeddingIndexTests : KernelFixture
{
    // Rows of very different lengths: ranking by raw dot product puts the long row 2 first.
    private static readonly float[,] Table = { { 1, 0 }, { 0, 1 }, { 10, 10 }, { -1, 0 }, { 0.5f, 0.02f } };

    [Test, Task(1), Points(2)]
    public void Search_ranks_by_cosine_similarity_not_by_dot_product()
    {
        var index = new EmbeddingIndex(Table);

        var neighbours = index.Search(new float[,] { { 2, 0.1f } }, k: 3);

        Assert.That(Row(neighbours, 0), Is.EqualTo(new[] { 4, 0, 2 }), "cosines: row 4 0.9996, row 0 0.9988, row 2 0.7421; row 2 has the largest dot product only because it is long");
    }

    [Test, Task(1), Points(1)]
    public void Ties_go_to_the_lower_row_index()
    {
        var index = new EmbeddingIndex(new float[,] { { 0, 1 }, { 3, 0 }, { 1, 0 }, { 2, 0 } });

        Assert.That(Row(index.Search(new float[,] { { 1, 0 } }, k: 3), 0), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test, Task(1), Points(2)]
    public void Search_matches_a_brute_force_ranking_for_a_batch_of_queries()
    {
        var table = SeededData.Matrix(300, 16, seed: 1);
        var queries = SeededData.Matrix(12, 16, seed: 2);

        AssertSameNeighbours(table, queries, new EmbeddingIndex(table).Search(queries, 7), k: 7);
    }

    [Test, Task(1), Points(1)]
    public void Bad_arguments_are_rejected()
    {
        var index = new EmbeddingIndex(Table);

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new float[1, 2], 0));
        Assert.Throws<ArgumentException>(() => index.Search(new float[1, 3], 1));
        Assert.Throws<ArgumentNullException>(() => new EmbeddingIndex(null!));
        Assert.Throws<ArgumentNullException>(() => index.Search(null!, 1));
    }

    [Test, Task(1), Points(1)]
    public void A_zero_vector_is_similar_to_nothing()
    {
        var index = new EmbeddingIndex(new float[,] { { -1, 0 }, { 0, 0 }, { 1, 0 } });

        Assert.That(Row(index.Search(new float[,] { { 1, 0 } }, 3), 0), Is.EqualTo(new[] { 2, 1, 0 }), "cosines 1, 0 for the zero row, -1");
        Assert.That(Row(index.Search(new float[,] { { 0, 0 } }, 3), 0), Is.EqualTo(new[] { 0, 1, 2 }), "a zero query: every cosine 0, ties to the lower row");
    }

    [Test, Task(1), Points(1)]
    public void Search_returns_the_best_first_whatever_order_the_rows_come_in()
    {
        var decreasing = new EmbeddingIndex(new float[,] { { 1, 0 }, { 1, 0.5f }, { 1, 1 }, { 0, 1 }, { -1, 0 } });
        var increasing = new EmbeddingIndex(new float[,] { { -1, 0 }, { 0, 1 }, { 1, 1 }, { 1, 0.5f }, { 1, 0 } });

        Assert.That(Row(decreasing.Search(new float[,] { { 1, 0 } }, 3), 0), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(Row(increasing.Search(new float[,] { { 1, 0 } }, 3), 0), Is.EqualTo(new[] { 4, 3, 2 }));
    }

    [Test, Task(1), Points(1)]
    public void K_may_be_every_row_but_no_more()
    {
        var index = new EmbeddingIndex(Table);

        var everyRow = index.Search(new float[,] { { 2, 0.1f } }, k: index.Count);

        Assert.That(Row(everyRow, 0), Is.EqualTo(new[] { 4, 0, 2, 1, 3 }), "all 5 rows, best first");
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new float[1, 2], index.Count + 1));
    }

    [Test, Task(1), Points(2)]
    public void Search_keeps_k_candidates_instead_of_sorting_the_whole_table()
    {
        var index = new EmbeddingIndex(SeededData.Matrix(20_000, 8, seed: 3));
        var query = SeededData.Matrix(1, 8, seed: 4);

        // A full sort per query allocates per table row (an order of n scores and indices);
        // a heap of k allocates per k.
        Allocations.AssertAtMostPerCall(() => index.Search(query, 5), bytesPerCall: 4_096, "Search of one query over 20 000 rows", calls: 10);
    }

    [TestCase(1, 1, 1)]
    [TestCase(40, 8, 3)]
    [TestCase(257, 24, 10)]
    [Task(2), Points(2)]
    public void Kernel_finds_the_same_neighbours(int rows, int dimensions, int k)
    {
        var table = SeededData.Matrix(rows, dimensions, seed: rows);
        var queries = SeededData.Matrix(13, dimensions, seed: rows + 1);

        AssertSameNeighbours(table, queries, new EmbeddingIndex(table).SearchOnAccelerator(Accelerator, queries, k), k);
    }

    [Test, Task(2), Points(1)]
    public void Kernel_ranks_by_cosine_and_handles_no_queries()
    {
        var index = new EmbeddingIndex(Table);

        Assert.That(Row(index.SearchOnAccelerator(Accelerator, new float[,] { { 2, 0.1f } }, 3), 0), Is.EqualTo(new[] { 4, 0, 2 }));
        Assert.That(index.SearchOnAccelerator(Accelerator, new float[0, 2], 3), Is.Empty);
    }

    [Test, Task(2), Points(1)]
    public void Kernel_rejects_bad_arguments()
    {
        var index = new EmbeddingIndex(Table);

        Assert.Throws<ArgumentNullException>(() => index.SearchOnAccelerator(null!, new float[1, 2], 1));
        Assert.Throws<ArgumentNullException>(() => index.SearchOnAccelerator(Accelerator, null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.SearchOnAccelerator(Accelerator, new float[1, 2], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.SearchOnAccelerator(Accelerator, new float[1, 2], index.Count + 1));
        Assert.Throws<ArgumentException>(() => index.SearchOnAccelerator(Accelerator, new float[1, 3], 1));
    }

    [Test, Task(2), Points(1)]
    public void The_kernel_compiles_for_a_CUDA_GPU()
    {
        KernelAssert.EveryKernelCompilesForCuda(typeof(EmbeddingIndex).Assembly);
    }

    [TestCase(1, 1, 1)]
    [TestCase(70, 20, 4)]
    [TestCase(1000, 64, 10)]
    [Task(3), Points(2)]
    public void Simd_finds_the_same_neighbours(int rows, int dimensions, int k)
    {
        var table = SeededData.Matrix(rows, dimensions, seed: rows + dimensions);
        var queries = SeededData.Matrix(23, dimensions, seed: 5);

        AssertSameNeighbours(table, queries, new EmbeddingIndex(table).SearchSimd(queries, k), k);
    }

    [Test, Task(3), Points(1)]
    public void Simd_ranks_by_cosine_and_handles_no_queries()
    {
        var index = new EmbeddingIndex(Table);

        Assert.That(Row(index.SearchSimd(new float[,] { { 2, 0.1f } }, 3), 0), Is.EqualTo(new[] { 4, 0, 2 }));
        Assert.That(index.SearchSimd(new float[0, 2], 3), Is.Empty);
    }

    [Test, Task(3), Points(1)]
    public void Simd_finds_neighbours_when_every_similarity_is_negative()
    {
        // 40 rows: a full panel of 32 and a partial one. Nothing may stand in for a missing row,
        // not even with a score of 0, which beats every real one here.
        var table = SeededData.Matrix(40, 4, seed: 10, min: 0.1f, max: 1);
        var queries = new float[,] { { -1, -1, -1, -1 }, { -1, -0.5f, -0.2f, -1 } };

        AssertSameNeighbours(table, queries, new EmbeddingIndex(table).SearchSimd(queries, 10), 10);
    }

    [Test, Task(3), Points(1)]
    public void Simd_and_Compute_reject_bad_arguments()
    {
        var index = new EmbeddingIndex(Table);

        Assert.Throws<ArgumentNullException>(() => index.SearchSimd(null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.SearchSimd(new float[1, 2], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.SearchSimd(new float[1, 2], index.Count + 1));
        Assert.Throws<ArgumentException>(() => index.SearchSimd(new float[1, 3], 1));
        Assert.Throws<ArgumentNullException>(() => index.Search((ComputeDevice)null!, new float[1, 2], 1));
    }

    [Test, Task(3), Points(1)]
    public void Compute_takes_the_SIMD_path_on_the_CPU_and_says_so()
    {
        using var cpu = ComputeDevice.Cpu();
        var table = SeededData.Matrix(100, 12, seed: 6);
        var queries = SeededData.Matrix(9, 12, seed: 7);

        var computed = new EmbeddingIndex(table).Search(cpu, queries, 4);

        Assert.That(computed.Backend, Is.EqualTo(ComputeBackend.Cpu));
        AssertSameNeighbours(table, queries, computed.Value, 4);
    }

    [Test, Task(3), Points(1)]
    public void Compute_runs_the_kernel_on_a_device_with_an_accelerator_and_says_so()
    {
        var table = SeededData.Matrix(30, 8, seed: 8);
        var queries = SeededData.Matrix(4, 8, seed: 9);

        var computed = new EmbeddingIndex(table).Search(AcceleratorDevice, queries, 5);

        Assert.That(computed.Backend, Is.EqualTo(AcceleratorDevice.Backend), $"given {AcceleratorDevice.Description}, the kernel runs there");
        AssertSameNeighbours(table, queries, computed.Value, 5);
    }

    private static int[] Row(int[,] result, int row) =>
        Enumerable.Range(0, result.GetLength(1)).Select(c => result[row, c]).ToArray();

    /// <summary>
    /// The rows found have, best first, the k highest cosines (in double precision) within
    /// 1e-5: float rounding may swap two rows whose cosines differ by less than that.
    /// </summary>
    private static void AssertSameNeighbours(float[,] table, float[,] queries, int[,] found, int k)
    {
        Assert.That(found.GetLength(0), Is.EqualTo(queries.GetLength(0)), "one row per query");
        Assert.That(found.GetLength(1), Is.EqualTo(k), "k neighbours per query");
        for (var q = 0; q < queries.GetLength(0); q++)
        {
            var cosines = Enumerable.Range(0, table.GetLength(0)).Select(r => Cosine(queries, q, table, r)).ToArray();
            var expected = cosines.OrderDescending().Take(k).ToArray();
            var actual = Row(found, q).Select(r => cosines[r]).ToArray();
            Assert.That(Row(found, q).Distinct().Count(), Is.EqualTo(k), $"query {q}: rows repeat");
            NumericAssert.Close(expected, actual, 1e-5, 0, $"query {q}: cosines of the rows found, best first");
        }
    }

    private static double Cosine(float[,] a, int i, float[,] b, int j)
    {
        double dot = 0, na = 0, nb = 0;
        for (var f = 0; f < a.GetLength(1); f++)
        {
            dot += (double)a[i, f] * b[j, f];
            na += (double)a[i, f] * a[i, f];
            nb += (double)b[j, f] * b[j, f];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
