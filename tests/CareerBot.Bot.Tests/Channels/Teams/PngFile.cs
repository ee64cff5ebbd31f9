using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CareerBot.Bot.Tests.Channels.Teams;

/// <summary>Reads a PNG as the spec describes it (signature, IHDR, IDAT, filters 0-4), for 8-bit RGBA or RGB images.</summary>
internal sealed record PngFile(int Width, int Height, int BitDepth, int ColorType, byte[] Rgba)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Width and height from the IHDR chunk only (the header Teams checks).</summary>
    public static (int Width, int Height) HeaderSize(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("Not a PNG.");
        if (Encoding.ASCII.GetString(png, 12, 4) != "IHDR") throw new InvalidDataException("IHDR is not first.");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    public static PngFile Decode(byte[] png)
    {
        var (width, height) = HeaderSize(png);
        int depth = png[24], colorType = png[25];
        if (depth != 8 || colorType is not (2 or 6) || png[28] != 0) throw new InvalidDataException("Only 8-bit RGB(A), not interlaced.");
        var channels = colorType == 6 ? 4 : 3;
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT") idat.Write(png, at + 8, length);
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();

        var stride = width * channels;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int value = raw[y * (stride + 1) + 1 + x];
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                value += filter switch
                {
                    0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, 4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown filter {filter}."),
                };
                pixels[y * stride + x] = (byte)value;
            }
        }
        var rgba = channels == 4 ? pixels : Enumerable.Range(0, width * height)
            .SelectMany(i => new[] { pixels[i * 3], pixels[i * 3 + 1], pixels[i * 3 + 2], (byte)255 }).ToArray();
        return new PngFile(width, height, depth, colorType, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
