// Mistake: Search(device, …) ignores device.Accelerator and always runs the SIMD path on
// the CPU: a GPU it is given sits idle, and the result says Cpu.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.NearestNeighborSearch;

/// <summary>
/// Top-k cosine neighbours over an embedding table. The table is normalised once, when the
/// index is built; each search normalises its queries, scores them against every row and keeps
/// the k best in a small heap. Order: higher similarity first, ties to the lower row index.
/// </summary>
public sealed class EmbeddingIndex
{
    private const int PanelWidth = 32; // table rows per packed panel: two Vector512<float>
    private const int PanelRows = 6;   // queries per micro-kernel call: 12 accumulators

    private readonly float[,] _unit;    // the table's rows scaled to length 1 (zero rows stay zero)
    private readonly float[] _packed;   // _unit in panels of 32 rows, feature-major, for the SIMD path

    /// <summary>Builds the index over the rows of <paramref name="table"/>, [n, d].</summary>
    public EmbeddingIndex(float[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Count = table.GetLength(0);
        Dimensions = table.GetLength(1);
        _unit = Normalised(table);
        _packed = Pack(_unit);
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The embedding width.</summary>
    public int Dimensions { get; }

    /// <summary>Task 1: for each query, the indices of the k most similar rows, best first.</summary>
    public int[,] Search(float[,] queries, int k)
    {
        Validate(queries, k);
        var unitQueries = Normalised(queries);
        var result = new int[queries.GetLength(0), k];
        var heap = new TopK(k);
        for (var q = 0; q < queries.GetLength(0); q++)
        {
            heap.Clear();
            for (var row = 0; row < Count; row++)
            {
                var dot = 0f;
                for (var f = 0; f < Dimensions; f++)
                {
                    dot += unitQueries[q, f] * _unit[row, f];
                }

                heap.Offer(dot, row);
            }

            heap.WriteBestFirst(result, q);
        }

        return result;
    }

    /// <summary>Task 2: the similarities from an ILGPU kernel (one thread per query and row); the top k on the host.</summary>
    public int[,] SearchOnAccelerator(Accelerator accelerator, float[,] queries, int k)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        Validate(queries, k);
        var m = queries.GetLength(0);
        var result = new int[m, k];
        if (m == 0)
        {
            return result;
        }

        var unitQueries = Normalised(queries);
        using var table = accelerator.Allocate1D<float>(Math.Max(1, _unit.Length));
        using var query = accelerator.Allocate1D<float>(Math.Max(1, unitQueries.Length));
        using var scores = accelerator.Allocate1D<float>((long)m * Count);
        if (Dimensions > 0)
        {
            table.View.CopyFromCPU(ref _unit[0, 0], _unit.Length);
            query.View.CopyFromCPU(ref unitQueries[0, 0], unitQueries.Length);
        }

        var kernel = accelerator.LoadAutoGroupedStreamKernel<Index2D, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int>(SimilarityKernel);
        kernel(new Index2D(m, Count), query.View, table.View, scores.View, Dimensions, Count);
        accelerator.Synchronize();
        var similarities = scores.GetAsArray1D();

        var heap = new TopK(k);
        for (var q = 0; q < m; q++)
        {
            heap.Clear();
            for (var row = 0; row < Count; row++)
            {
                heap.Offer(similarities[(long)q * Count + row], row);
            }

            heap.WriteBestFirst(result, q);
        }

        return result;
    }

    private static void SimilarityKernel(Index2D index, ArrayView<float> queries, ArrayView<float> table, ArrayView<float> scores, int dimensions, int count)
    {
        int q = index.X, row = index.Y;
        var dot = 0f;
        for (var f = 0; f < dimensions; f++)
        {
            dot += queries[q * dimensions + f] * table[row * dimensions + f];
        }

        scores[(long)q * count + row] = dot;
    }

    /// <summary>
    /// Task 3: the fast CPU path: 6 queries at a time against packed panels of 32 rows with a
    /// register-blocked Vector512 micro-kernel, each query's top k kept in its own small heap;
    /// blocks of queries spread over the cores.
    /// </summary>
    public int[,] SearchSimd(float[,] queries, int k)
    {
        Validate(queries, k);
        var m = queries.GetLength(0);
        var result = new int[m, k];
        if (m == 0)
        {
            return result;
        }

        var unitQueries = Normalised(queries);
        Parallel.For(0, (m + PanelRows - 1) / PanelRows, block => SearchBlock(unitQueries, block * PanelRows, k, result));
        return result;
    }

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public Computed<int[,]> Search(ComputeDevice device, float[,] queries, int k)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new(SearchSimd(queries, k), ComputeBackend.Cpu);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiering would first run this loop unoptimised
    private void SearchBlock(float[,] unitQueries, int first, int k, int[,] result)
    {
        var rows = Math.Min(PanelRows, unitQueries.GetLength(0) - first);
        var heaps = new TopK[rows];
        for (var r = 0; r < rows; r++)
        {
            heaps[r] = new TopK(k);
        }

        Span<float> block = stackalloc float[PanelRows * PanelWidth];
        var d = Dimensions;
        ref var queryRows = ref Unsafe.Add(ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(unitQueries)), first * d);
        for (var panel = 0; panel * PanelWidth < Count; panel++)
        {
            ref var packed = ref _packed[panel * PanelWidth * d];
            if (rows == PanelRows && d > 0)
            {
                SixRows(ref queryRows, d, ref packed, block);
            }
            else
            {
                for (var r = 0; r < rows; r++)
                {
                    OneRow(ref Unsafe.Add(ref queryRows, r * d), d, ref packed, block.Slice(r * PanelWidth, PanelWidth));
                }
            }

            var width = Math.Min(PanelWidth, Count - panel * PanelWidth);
            for (var r = 0; r < rows; r++)
            {
                var scores = block.Slice(r * PanelWidth, width);

                // Once a heap is full, nearly every block of 32 scores loses to its worst kept
                // score: two vector compares skip the block without offering each score.
                if (width == PanelWidth && heaps[r].Worst is { } worst &&
                    !Vector512.GreaterThanOrEqualAny(Vector512.Create(scores[..16]), Vector512.Create(worst)) &&
                    !Vector512.GreaterThanOrEqualAny(Vector512.Create(scores[16..]), Vector512.Create(worst)))
                {
                    continue;
                }

                for (var c = 0; c < width; c++)
                {
                    heaps[r].Offer(scores[c], panel * PanelWidth + c);
                }
            }
        }

        for (var r = 0; r < rows; r++)
        {
            heaps[r].WriteBestFirst(result, first + r);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SixRows(ref float row0, int d, ref float packed, Span<float> block)
    {
        ref var row1 = ref Unsafe.Add(ref row0, d);
        ref var row2 = ref Unsafe.Add(ref row0, 2 * d);
        ref var row3 = ref Unsafe.Add(ref row0, 3 * d);
        ref var row4 = ref Unsafe.Add(ref row0, 4 * d);
        ref var row5 = ref Unsafe.Add(ref row0, 5 * d);
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var f = 0; f < d; f++)
        {
            var b0 = Vector512.LoadUnsafe(ref packed, (nuint)(f * PanelWidth));
            var b1 = Vector512.LoadUnsafe(ref packed, (nuint)(f * PanelWidth + 16));
            var a = Vector512.Create(Unsafe.Add(ref row0, f));
            c00 = Vector512.FusedMultiplyAdd(a, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(a, b1, c01);
            a = Vector512.Create(Unsafe.Add(ref row1, f));
            c10 = Vector512.FusedMultiplyAdd(a, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(a, b1, c11);
            a = Vector512.Create(Unsafe.Add(ref row2, f));
            c20 = Vector512.FusedMultiplyAdd(a, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(a, b1, c21);
            a = Vector512.Create(Unsafe.Add(ref row3, f));
            c30 = Vector512.FusedMultiplyAdd(a, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(a, b1, c31);
            a = Vector512.Create(Unsafe.Add(ref row4, f));
            c40 = Vector512.FusedMultiplyAdd(a, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(a, b1, c41);
            a = Vector512.Create(Unsafe.Add(ref row5, f));
            c50 = Vector512.FusedMultiplyAdd(a, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(a, b1, c51);
        }

        ref var o = ref MemoryMarshal.GetReference(block);
        c00.StoreUnsafe(ref o, 0); c01.StoreUnsafe(ref o, 16);
        c10.StoreUnsafe(ref o, 32); c11.StoreUnsafe(ref o, 48);
        c20.StoreUnsafe(ref o, 64); c21.StoreUnsafe(ref o, 80);
        c30.StoreUnsafe(ref o, 96); c31.StoreUnsafe(ref o, 112);
        c40.StoreUnsafe(ref o, 128); c41.StoreUnsafe(ref o, 144);
        c50.StoreUnsafe(ref o, 160); c51.StoreUnsafe(ref o, 176);
    }

    private static void OneRow(ref float row, int d, ref float packed, Span<float> block)
    {
        Vector512<float> c0 = default, c1 = default;
        for (var f = 0; f < d; f++)
        {
            var a = Vector512.Create(Unsafe.Add(ref row, f));
            c0 = Vector512.FusedMultiplyAdd(a, Vector512.LoadUnsafe(ref packed, (nuint)(f * PanelWidth)), c0);
            c1 = Vector512.FusedMultiplyAdd(a, Vector512.LoadUnsafe(ref packed, (nuint)(f * PanelWidth + 16)), c1);
        }

        ref var o = ref MemoryMarshal.GetReference(block);
        c0.StoreUnsafe(ref o, 0);
        c1.StoreUnsafe(ref o, 16);
    }

    private void Validate(float[,] queries, int k)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.GetLength(1) != Dimensions)
        {
            throw new ArgumentException($"The index holds {Dimensions}-dimensional embeddings, but the queries have {queries.GetLength(1)} columns.", nameof(queries));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, Count);
    }

    private static float[,] Normalised(float[,] rows)
    {
        var unit = (float[,])rows.Clone();
        for (var r = 0; r < unit.GetLength(0); r++)
        {
            var squares = 0f;
            for (var f = 0; f < unit.GetLength(1); f++)
            {
                squares += unit[r, f] * unit[r, f];
            }

            // A zero vector has no direction: it stays zero, similar to nothing.
            var scale = squares > 0f ? 1f / MathF.Sqrt(squares) : 0f;
            for (var f = 0; f < unit.GetLength(1); f++)
            {
                unit[r, f] *= scale;
            }
        }

        return unit;
    }

    private static float[] Pack(float[,] unit)
    {
        int n = unit.GetLength(0), d = unit.GetLength(1);
        var panels = (n + PanelWidth - 1) / PanelWidth;
        var packed = new float[Math.Max(1, panels * PanelWidth * d)];
        for (var row = 0; row < n; row++)
        {
            var panel = row / PanelWidth;
            for (var f = 0; f < d; f++)
            {
                packed[(panel * d + f) * PanelWidth + row % PanelWidth] = unit[row, f];
            }
        }

        return packed;
    }

    /// <summary>
    /// The k best (similarity, row) pairs seen so far, in a min-heap on an array: the worst kept
    /// pair sits at the root, so most rows are rejected by one comparison. O(log k) per insert,
    /// no allocation per row.
    /// </summary>
    private sealed class TopK(int k)
    {
        private readonly float[] _scores = new float[k];
        private readonly int[] _rows = new int[k];
        private int _count;

        /// <summary>The lowest score kept, once k are kept: a score below it cannot get in.</summary>
        public float? Worst => _count == _scores.Length ? _scores[0] : null;

        public void Clear() => _count = 0;

        public void Offer(float score, int row)
        {
            if (_count < _scores.Length)
            {
                _scores[_count] = score;
                _rows[_count] = row;
                SiftUp(_count++);
            }
            else if (Better(score, row, _scores[0], _rows[0]))
            {
                _scores[0] = score;
                _rows[0] = row;
                SiftDown(0);
            }
        }

        /// <summary>Writes the kept rows, best first, into row <paramref name="query"/> of <paramref name="result"/>.</summary>
        public void WriteBestFirst(int[,] result, int query)
        {
            for (var slot = _count - 1; slot >= 0; slot--)
            {
                result[query, slot] = _rows[0];
                _count--;
                _scores[0] = _scores[_count];
                _rows[0] = _rows[_count];
                SiftDown(0);
            }
        }

        // Higher similarity wins; on a tie, the lower row index.
        private static bool Better(float score, int row, float otherScore, int otherRow) =>
            score > otherScore || (score == otherScore && row < otherRow);

        private void SiftUp(int i)
        {
            while (i > 0 && Better(_scores[(i - 1) / 2], _rows[(i - 1) / 2], _scores[i], _rows[i]))
            {
                Swap(i, (i - 1) / 2);
                i = (i - 1) / 2;
            }
        }

        private void SiftDown(int i)
        {
            while (true)
            {
                int left = 2 * i + 1, right = left + 1, worst = i;
                if (left < _count && Better(_scores[worst], _rows[worst], _scores[left], _rows[left]))
                {
                    worst = left;
                }

                if (right < _count && Better(_scores[worst], _rows[worst], _scores[right], _rows[right]))
                {
                    worst = right;
                }

                if (worst == i)
                {
                    return;
                }

                Swap(i, worst);
                i = worst;
            }
        }

        private void Swap(int a, int b)
        {
            (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
            (_rows[a], _rows[b]) = (_rows[b], _rows[a]);
        }
    }
}
