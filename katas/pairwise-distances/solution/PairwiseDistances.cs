using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.PairwiseDistances;

/// <summary>Euclidean distances between every pair of rows of an [n, d] batch, as an [n, n] matrix.</summary>
public static class PairwiseDistances
{
    private const int Tile = 16;       // a 16 × 16 group: 256 threads, one output each
    private const int PanelWidth = 32; // two Vector512<float> of columns per micro-kernel step
    private const int PanelRows = 6;   // 6 rows × 2 vectors = 12 accumulators, in registers
    private const int ChunkRows = 48;  // rows per task: 48 × 128 features × 4 B = 24 KiB, with a 16 KiB panel, fit in L1

    /// <summary>Task 1: the plain definition, one pair at a time.</summary>
    public static float[,] Scalar(float[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int n = points.GetLength(0), d = points.GetLength(1);
        var distances = new float[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0f;
                for (var k = 0; k < d; k++)
                {
                    var difference = points[i, k] - points[j, k];
                    sum += difference * difference;
                }

                distances[i, j] = MathF.Sqrt(sum);
            }
        }

        return distances;
    }

    /// <summary>Task 2: the same matrix from an ILGPU kernel on <paramref name="accelerator"/>.</summary>
    public static float[,] OnAccelerator(Accelerator accelerator, float[,] points)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        ArgumentNullException.ThrowIfNull(points);
        int n = points.GetLength(0), d = points.GetLength(1);
        var distances = new float[n, n];
        if (n == 0)
        {
            return distances;
        }

        using var input = accelerator.Allocate1D<float>(points.Length);
        using var output = accelerator.Allocate1D<float>(distances.Length);
        if (d > 0)
        {
            input.View.CopyFromCPU(ref points[0, 0], points.Length);
        }

        var kernel = accelerator.LoadStreamKernel<ArrayView<float>, ArrayView<float>, int, int>(DistanceKernel);
        var tiles = (n + Tile - 1) / Tile;
        kernel(new KernelConfig(new Index2D(tiles, tiles), new Index2D(Tile, Tile)), input.View, output.View, n, d);
        accelerator.Synchronize();
        output.View.CopyToCPU(ref distances[0, 0], distances.Length);
        return distances;
    }

    /// <summary>
    /// One group computes a Tile × Tile block of the result. Each step stages Tile features of the
    /// block's row points and column points in shared memory, so every point is read from global
    /// memory once per block instead of once per pair.
    /// </summary>
    private static void DistanceKernel(ArrayView<float> points, ArrayView<float> distances, int n, int d)
    {
        var rows = SharedMemory.Allocate2D<float, Stride2D.DenseX>(new Index2D(Tile, Tile), new Stride2D.DenseX(Tile));
        var columns = SharedMemory.Allocate2D<float, Stride2D.DenseX>(new Index2D(Tile, Tile), new Stride2D.DenseX(Tile));
        int tx = Group.IdxX, ty = Group.IdxY;
        var i = Grid.IdxY * Tile + ty;
        var j = Grid.IdxX * Tile + tx;
        var columnPoint = Grid.IdxX * Tile + ty; // this thread stages column point ty of the block

        var sum = 0f;
        for (var k0 = 0; k0 < d; k0 += Tile)
        {
            var feature = k0 + tx;
            rows[ty, tx] = i < n && feature < d ? points[i * d + feature] : 0f;
            columns[ty, tx] = columnPoint < n && feature < d ? points[columnPoint * d + feature] : 0f;
            Group.Barrier(); // every lane's feature is staged before anyone reads its neighbours'

            for (var k = 0; k < Tile; k++)
            {
                var difference = rows[ty, k] - columns[tx, k];
                sum += difference * difference;
            }

            Group.Barrier(); // nobody overwrites the tiles while a neighbour still reads them
        }

        if (i < n && j < n)
        {
            distances[i * n + j] = MathF.Sqrt(sum);
        }
    }

    /// <summary>
    /// Task 3: the fast CPU path. ‖a − b‖² = ‖a‖² + ‖b‖² − 2a·b turns the work into a matrix
    /// product X·Xᵀ, computed by a register-blocked Vector512 micro-kernel over packed panels,
    /// one panel of columns per task.
    /// </summary>
    public static float[,] Simd(float[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int n = points.GetLength(0), d = points.GetLength(1);
        var distances = new float[n, n];
        if (n == 0 || d == 0)
        {
            return distances;
        }

        var norms = new float[n];
        for (var i = 0; i < n; i++)
        {
            norms[i] = SquaredNorm(MemoryMarshal.CreateReadOnlySpan(ref points[i, 0], d));
        }

        // Every panel packed once, shared by all tasks; each task then takes a chunk of rows small
        // enough to stay in L1 while all the panels stream past it. The panels live in a pooled
        // buffer: a fresh megabyte on every call is fresh pages, and their first-touch faults
        // alone cost as much as a third of the arithmetic.
        var packed = ArrayPool<float>.Shared.Rent((n + PanelWidth - 1) / PanelWidth * PanelWidth * d);
        try
        {
            Pack(points, packed);
            Parallel.For(0, (n + ChunkRows - 1) / ChunkRows, chunk => DistancesForChunk(points, norms, packed, distances, chunk * ChunkRows));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(packed);
        }

        return distances;
    }

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<float[,]> Compute(ComputeDevice device, float[,] points)
    {
        ArgumentNullException.ThrowIfNull(device);
        return device.Accelerator is { } gpu
            ? new(OnAccelerator(gpu, points), device.Backend)
            : new(Simd(points), ComputeBackend.Cpu);
    }

    /// <summary>
    /// The points side by side in panels of 32, feature-major: one step of the micro-kernel reads
    /// 32 consecutive floats. Filled panel by panel, so the writes are sequential; the missing
    /// columns of the last panel keep whatever the pooled buffer held: each column's dot products
    /// are independent lanes, and theirs are never written out.
    /// </summary>
    private static void Pack(float[,] points, float[] packed)
    {
        int n = points.GetLength(0), d = points.GetLength(1);
        for (var firstPoint = 0; firstPoint < n; firstPoint += PanelWidth)
        {
            var width = Math.Min(PanelWidth, n - firstPoint);
            var panel = packed.AsSpan(firstPoint * d, PanelWidth * d);
            for (var c = 0; c < width; c++)
            {
                var point = MemoryMarshal.CreateReadOnlySpan(ref points[firstPoint + c, 0], d);
                for (var k = 0; k < point.Length; k++)
                {
                    panel[k * PanelWidth + c] = point[k];
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiering would first run this loop unoptimised
    private static void DistancesForChunk(float[,] points, float[] norms, float[] packed, float[,] distances, int firstRow)
    {
        int n = points.GetLength(0), d = points.GetLength(1);
        var lastRow = Math.Min(n, firstRow + ChunkRows);
        Span<float> dots = stackalloc float[PanelRows * PanelWidth];
        ref var x = ref points[0, 0];
        for (var firstColumn = 0; firstColumn < n; firstColumn += PanelWidth)
        {
            var width = Math.Min(PanelWidth, n - firstColumn);
            ref var b = ref packed[firstColumn * d];
            for (var i = firstRow; i < lastRow; i += PanelRows)
            {
                var rows = Math.Min(PanelRows, lastRow - i);
                if (rows == PanelRows)
                {
                    SixRows(ref Unsafe.Add(ref x, i * d), d, ref b, dots);
                }
                else
                {
                    for (var r = 0; r < rows; r++)
                    {
                        OneRow(ref Unsafe.Add(ref x, (i + r) * d), d, ref b, dots.Slice(r * PanelWidth, PanelWidth));
                    }
                }

                for (var r = 0; r < rows; r++)
                {
                    WriteDistances(norms[i + r], norms.AsSpan(firstColumn, width), dots.Slice(r * PanelWidth, width), MemoryMarshal.CreateSpan(ref distances[i + r, firstColumn], width));
                }
            }
        }
    }

    /// <summary>One row of a block: ‖a − b‖ = √(‖a‖² + ‖b‖² − 2a·b), 16 at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteDistances(float rowNorm, ReadOnlySpan<float> columnNorms, ReadOnlySpan<float> dots, Span<float> distances)
    {
        var c = 0;
        for (; c + 16 <= distances.Length; c += 16)
        {
            // Rounding can leave a tiny negative square for (near-)identical points: clamp it, or
            // Sqrt gives NaN.
            var squared = Vector512.Max(Vector512.Create(rowNorm) + Vector512.Create(columnNorms.Slice(c, 16)) - Vector512.Create(dots.Slice(c, 16)) * 2f, Vector512<float>.Zero);
            Vector512.Sqrt(squared).CopyTo(distances.Slice(c, 16));
        }

        for (; c < distances.Length; c++)
        {
            distances[c] = MathF.Sqrt(MathF.Max(rowNorm + columnNorms[c] - 2f * dots[c], 0f));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SixRows(ref float row0, int d, ref float packed, Span<float> dots)
    {
        ref var row1 = ref Unsafe.Add(ref row0, d);
        ref var row2 = ref Unsafe.Add(ref row0, 2 * d);
        ref var row3 = ref Unsafe.Add(ref row0, 3 * d);
        ref var row4 = ref Unsafe.Add(ref row0, 4 * d);
        ref var row5 = ref Unsafe.Add(ref row0, 5 * d);
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        for (var k = 0; k < d; k++)
        {
            var b0 = Vector512.LoadUnsafe(ref packed, (nuint)(k * PanelWidth));
            var b1 = Vector512.LoadUnsafe(ref packed, (nuint)(k * PanelWidth + 16));
            var a = Vector512.Create(Unsafe.Add(ref row0, k));
            c00 = Vector512.FusedMultiplyAdd(a, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(a, b1, c01);
            a = Vector512.Create(Unsafe.Add(ref row1, k));
            c10 = Vector512.FusedMultiplyAdd(a, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(a, b1, c11);
            a = Vector512.Create(Unsafe.Add(ref row2, k));
            c20 = Vector512.FusedMultiplyAdd(a, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(a, b1, c21);
            a = Vector512.Create(Unsafe.Add(ref row3, k));
            c30 = Vector512.FusedMultiplyAdd(a, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(a, b1, c31);
            a = Vector512.Create(Unsafe.Add(ref row4, k));
            c40 = Vector512.FusedMultiplyAdd(a, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(a, b1, c41);
            a = Vector512.Create(Unsafe.Add(ref row5, k));
            c50 = Vector512.FusedMultiplyAdd(a, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(a, b1, c51);
        }

        ref var o = ref MemoryMarshal.GetReference(dots);
        c00.StoreUnsafe(ref o, 0); c01.StoreUnsafe(ref o, 16);
        c10.StoreUnsafe(ref o, 32); c11.StoreUnsafe(ref o, 48);
        c20.StoreUnsafe(ref o, 64); c21.StoreUnsafe(ref o, 80);
        c30.StoreUnsafe(ref o, 96); c31.StoreUnsafe(ref o, 112);
        c40.StoreUnsafe(ref o, 128); c41.StoreUnsafe(ref o, 144);
        c50.StoreUnsafe(ref o, 160); c51.StoreUnsafe(ref o, 176);
    }

    private static float SquaredNorm(ReadOnlySpan<float> row)
    {
        var sum = Vector512<float>.Zero;
        var k = 0;
        for (; k + 16 <= row.Length; k += 16)
        {
            var v = Vector512.Create(row.Slice(k, 16));
            sum = Vector512.FusedMultiplyAdd(v, v, sum);
        }

        var total = Vector512.Sum(sum);
        for (; k < row.Length; k++)
        {
            total += row[k] * row[k];
        }

        return total;
    }

    private static void OneRow(ref float row, int d, ref float packed, Span<float> dots)
    {
        Vector512<float> c0 = default, c1 = default;
        for (var k = 0; k < d; k++)
        {
            var a = Vector512.Create(Unsafe.Add(ref row, k));
            c0 = Vector512.FusedMultiplyAdd(a, Vector512.LoadUnsafe(ref packed, (nuint)(k * PanelWidth)), c0);
            c1 = Vector512.FusedMultiplyAdd(a, Vector512.LoadUnsafe(ref packed, (nuint)(k * PanelWidth + 16)), c1);
        }

        ref var o = ref MemoryMarshal.GetReference(dots);
        c0.StoreUnsafe(ref o, 0);
        c1.StoreUnsafe(ref o, 16);
    }
}
