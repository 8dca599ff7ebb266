using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ILGPU;
using ILGPU.Runtime;
using MlKata.Testing.Gpu;

namespace Katas.TiledMatmul;

/// <summary>The matrix product C = A·B of an [m, k] and a [k, n] matrix.</summary>
public static class TiledMatmul
{
    private const int Tile = 16;       // a 16 × 16 group: 256 threads, one output each
    private const int PanelWidth = 32; // two Vector512<float> of columns per micro-kernel step
    private const int PanelRows = 6;   // 6 rows × 2 vectors = 12 accumulators, in registers
    private const int ChunkRows = 48;  // rows of A per task: their partial sums (6 KiB) stay in L1
    private const int DepthBlock = 1024; // k per step: a panel slice of up to 128 KiB, in L2 (smaller blocks measured slower here)

    /// <summary>Task 1: the triple loop.</summary>
    public static float[,] Scalar(float[,] a, float[,] b)
    {
        var (m, k, n) = Shape(a, b);
        var c = new float[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0f;
                for (var p = 0; p < k; p++)
                {
                    sum += a[i, p] * b[p, j];
                }

                c[i, j] = sum;
            }
        }

        return c;
    }

    /// <summary>Task 2: the product from a tiled ILGPU kernel on <paramref name="accelerator"/>.</summary>
    public static float[,] OnAccelerator(Accelerator accelerator, float[,] a, float[,] b)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        var (m, k, n) = Shape(a, b);
        var c = new float[m, n];
        if (c.Length == 0)
        {
            return c;
        }

        using var left = accelerator.Allocate1D<float>(Math.Max(a.Length, 1));
        using var right = accelerator.Allocate1D<float>(Math.Max(b.Length, 1));
        using var product = accelerator.Allocate1D<float>(c.Length);
        if (k > 0)
        {
            left.View.CopyFromCPU(ref a[0, 0], a.Length);
            right.View.CopyFromCPU(ref b[0, 0], b.Length);
        }

        var kernel = accelerator.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int, int>(MatmulKernel);
        var grid = new Index2D((n + Tile - 1) / Tile, (m + Tile - 1) / Tile);
        kernel(new KernelConfig(grid, new Index2D(Tile, Tile)), left.View, right.View, product.View, m, k, n);
        accelerator.Synchronize();
        product.View.CopyToCPU(ref c[0, 0], c.Length);
        return c;
    }

    /// <summary>
    /// One group computes a Tile × Tile block of C. Each step stages a Tile × Tile tile of A and
    /// of B in shared memory, so every element of A and B is read from global memory once per
    /// block instead of once per output.
    /// </summary>
    private static void MatmulKernel(ArrayView<float> a, ArrayView<float> b, ArrayView<float> c, int m, int k, int n)
    {
        var aTile = SharedMemory.Allocate2D<float, Stride2D.DenseX>(new Index2D(Tile, Tile), new Stride2D.DenseX(Tile));
        var bTile = SharedMemory.Allocate2D<float, Stride2D.DenseX>(new Index2D(Tile, Tile), new Stride2D.DenseX(Tile));
        int tx = Group.IdxX, ty = Group.IdxY;
        var row = Grid.IdxY * Tile + ty;
        var column = Grid.IdxX * Tile + tx;

        var sum = 0f;
        for (var p0 = 0; p0 < k; p0 += Tile)
        {
            // Edge tiles stage zeros: they add nothing, and every thread still reaches the barriers.
            aTile[ty, tx] = row < m && p0 + tx < k ? a[row * k + p0 + tx] : 0f;
            bTile[ty, tx] = p0 + ty < k && column < n ? b[(p0 + ty) * n + column] : 0f;
            Group.Barrier(); // the whole tile is staged before anyone reads a neighbour's element

            for (var p = 0; p < Tile; p++)
            {
                sum += aTile[ty, p] * bTile[p, tx];
            }

            Group.Barrier(); // nobody overwrites the tiles while a neighbour still reads them
        }

        if (row < m && column < n)
        {
            c[row * n + column] = sum;
        }
    }

    /// <summary>
    /// Task 3: the fast CPU path: B packed in panels of 32 columns, a register-blocked Vector512
    /// micro-kernel of 6 rows × 32 columns, k in L1-sized blocks, chunks of rows spread over the cores.
    /// </summary>
    public static float[,] Simd(float[,] a, float[,] b)
    {
        var (m, k, n) = Shape(a, b);
        var c = new float[m, n];
        if (c.Length == 0 || k == 0)
        {
            return c;
        }

        // B packed once into panels of 32 columns, shared by all tasks; each task takes a chunk of
        // rows of A and, for each panel, walks k in blocks small enough to stay in L1. The panels
        // live in a pooled buffer: fresh megabytes on every call are fresh pages, and their
        // first-touch faults cost milliseconds.
        var packed = ArrayPool<float>.Shared.Rent((n + PanelWidth - 1) / PanelWidth * PanelWidth * k);
        try
        {
            Pack(b, packed);
            Parallel.For(0, (m + ChunkRows - 1) / ChunkRows, chunk => ProductForChunk(a, packed, c, chunk * ChunkRows));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(packed);
        }

        return c;
    }

    /// <summary>Task 3: the kernel on a GPU, the SIMD path on the CPU; the result says which ran.</summary>
    public static Computed<float[,]> Compute(ComputeDevice device, float[,] a, float[,] b)
    {
        ArgumentNullException.ThrowIfNull(device);
        return device.Accelerator is { } gpu
            ? new(OnAccelerator(gpu, a, b), device.Backend)
            : new(Simd(a, b), ComputeBackend.Cpu);
    }

    private static (int M, int K, int N) Shape(float[,] a, float[,] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.GetLength(1) != b.GetLength(0))
        {
            throw new ArgumentException($"A is [{a.GetLength(0)}, {a.GetLength(1)}] and B is [{b.GetLength(0)}, {b.GetLength(1)}]: A's columns must equal B's rows.", nameof(b));
        }

        return (a.GetLength(0), a.GetLength(1), b.GetLength(1));
    }

    /// <summary>
    /// B's columns side by side in panels of 32, k-major: one step of the micro-kernel reads 32
    /// consecutive floats. Missing columns of the last panel keep whatever the pooled buffer held:
    /// each column's sums are independent lanes, and theirs are never written out.
    /// </summary>
    private static void Pack(float[,] b, float[] packed)
    {
        int k = b.GetLength(0), n = b.GetLength(1);
        for (var firstColumn = 0; firstColumn < n; firstColumn += PanelWidth)
        {
            var width = Math.Min(PanelWidth, n - firstColumn);
            for (var p = 0; p < k; p++)
            {
                MemoryMarshal.CreateReadOnlySpan(ref b[p, firstColumn], width).CopyTo(packed.AsSpan((firstColumn * k) + (p * PanelWidth), width));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiering would first run this loop unoptimised
    private static void ProductForChunk(float[,] a, float[] packed, float[,] c, int firstRow)
    {
        int m = a.GetLength(0), k = a.GetLength(1), n = c.GetLength(1);
        var lastRow = Math.Min(m, firstRow + ChunkRows);
        Span<float> sums = stackalloc float[ChunkRows * PanelWidth];
        ref var rowsOfA = ref a[0, 0];
        for (var firstColumn = 0; firstColumn < n; firstColumn += PanelWidth)
        {
            var width = Math.Min(PanelWidth, n - firstColumn);
            for (var p0 = 0; p0 < k; p0 += DepthBlock)
            {
                var depth = Math.Min(DepthBlock, k - p0);
                ref var panel = ref packed[(firstColumn * k) + (p0 * PanelWidth)];
                for (var i = firstRow; i < lastRow; i += PanelRows)
                {
                    var rows = Math.Min(PanelRows, lastRow - i);
                    var block = sums.Slice((i - firstRow) * PanelWidth, rows * PanelWidth);
                    if (rows == PanelRows)
                    {
                        SixRows(ref Unsafe.Add(ref rowsOfA, (i * k) + p0), k, depth, ref panel, block, accumulate: p0 > 0);
                    }
                    else
                    {
                        for (var r = 0; r < rows; r++)
                        {
                            OneRow(ref Unsafe.Add(ref rowsOfA, ((i + r) * k) + p0), depth, ref panel, block.Slice(r * PanelWidth, PanelWidth), accumulate: p0 > 0);
                        }
                    }
                }
            }

            for (var i = firstRow; i < lastRow; i++)
            {
                sums.Slice((i - firstRow) * PanelWidth, width).CopyTo(MemoryMarshal.CreateSpan(ref c[i, firstColumn], width));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SixRows(ref float row0, int stride, int depth, ref float packed, Span<float> block, bool accumulate)
    {
        ref var row1 = ref Unsafe.Add(ref row0, stride);
        ref var row2 = ref Unsafe.Add(ref row0, 2 * stride);
        ref var row3 = ref Unsafe.Add(ref row0, 3 * stride);
        ref var row4 = ref Unsafe.Add(ref row0, 4 * stride);
        ref var row5 = ref Unsafe.Add(ref row0, 5 * stride);
        ref var o = ref MemoryMarshal.GetReference(block);
        Vector512<float> c00 = default, c01 = default, c10 = default, c11 = default, c20 = default, c21 = default;
        Vector512<float> c30 = default, c31 = default, c40 = default, c41 = default, c50 = default, c51 = default;
        if (accumulate)
        {
            c00 = Vector512.LoadUnsafe(ref o, 0); c01 = Vector512.LoadUnsafe(ref o, 16);
            c10 = Vector512.LoadUnsafe(ref o, 32); c11 = Vector512.LoadUnsafe(ref o, 48);
            c20 = Vector512.LoadUnsafe(ref o, 64); c21 = Vector512.LoadUnsafe(ref o, 80);
            c30 = Vector512.LoadUnsafe(ref o, 96); c31 = Vector512.LoadUnsafe(ref o, 112);
            c40 = Vector512.LoadUnsafe(ref o, 128); c41 = Vector512.LoadUnsafe(ref o, 144);
            c50 = Vector512.LoadUnsafe(ref o, 160); c51 = Vector512.LoadUnsafe(ref o, 176);
        }

        for (var p = 0; p < depth; p++)
        {
            var b0 = Vector512.LoadUnsafe(ref packed, (nuint)(p * PanelWidth));
            var b1 = Vector512.LoadUnsafe(ref packed, (nuint)(p * PanelWidth + 16));
            var x = Vector512.Create(Unsafe.Add(ref row0, p));
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(x, b1, c01);
            x = Vector512.Create(Unsafe.Add(ref row1, p));
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(x, b1, c11);
            x = Vector512.Create(Unsafe.Add(ref row2, p));
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(x, b1, c21);
            x = Vector512.Create(Unsafe.Add(ref row3, p));
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(x, b1, c31);
            x = Vector512.Create(Unsafe.Add(ref row4, p));
            c40 = Vector512.FusedMultiplyAdd(x, b0, c40);
            c41 = Vector512.FusedMultiplyAdd(x, b1, c41);
            x = Vector512.Create(Unsafe.Add(ref row5, p));
            c50 = Vector512.FusedMultiplyAdd(x, b0, c50);
            c51 = Vector512.FusedMultiplyAdd(x, b1, c51);
        }

        c00.StoreUnsafe(ref o, 0); c01.StoreUnsafe(ref o, 16);
        c10.StoreUnsafe(ref o, 32); c11.StoreUnsafe(ref o, 48);
        c20.StoreUnsafe(ref o, 64); c21.StoreUnsafe(ref o, 80);
        c30.StoreUnsafe(ref o, 96); c31.StoreUnsafe(ref o, 112);
        c40.StoreUnsafe(ref o, 128); c41.StoreUnsafe(ref o, 144);
        c50.StoreUnsafe(ref o, 160); c51.StoreUnsafe(ref o, 176);
    }

    private static void OneRow(ref float row, int depth, ref float packed, Span<float> block, bool accumulate)
    {
        ref var o = ref MemoryMarshal.GetReference(block);
        var c0 = accumulate ? Vector512.LoadUnsafe(ref o, 0) : default;
        var c1 = accumulate ? Vector512.LoadUnsafe(ref o, 16) : default;
        for (var p = 0; p < depth; p++)
        {
            var x = Vector512.Create(Unsafe.Add(ref row, p));
            c0 = Vector512.FusedMultiplyAdd(x, Vector512.LoadUnsafe(ref packed, (nuint)(p * PanelWidth)), c0);
            c1 = Vector512.FusedMultiplyAdd(x, Vector512.LoadUnsafe(ref packed, (nuint)(p * PanelWidth + 16)), c1);
        }

        c0.StoreUnsafe(ref o, 0);
        c1.StoreUnsafe(ref o, 16);
    }
}
