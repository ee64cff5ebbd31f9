namespace CareerBot.Bot.Channels.Teams;

/// <summary>
/// The two icons Teams needs, drawn in code so anyone can remake them (<c>teams icons --out deployment/teams</c>):
/// a speech bubble with a health cross. color.png is 192x192, white bubble and blue cross on NHS blue;
/// outline.png is 32x32, a white bubble on a transparent background with the cross cut out.
/// </summary>
internal static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    private const int Samples = 4; // 4x4 samples per pixel, for smooth edges.
    private static readonly (byte R, byte G, byte B) Blue = (0x00, 0x5E, 0xB8);

    public static byte[] ColorPng() => Png.Encode(ColorSize, ColorSize, ColorPixels());
    public static byte[] OutlinePng() => Png.Encode(OutlineSize, OutlineSize, OutlinePixels());

    /// <summary>RGBA pixels of color.png: the symbol fills the middle 60%, as the Teams icon guide asks.</summary>
    public static byte[] ColorPixels()
    {
        const double margin = 0.2;
        var pixels = new byte[ColorSize * ColorSize * 4];
        for (var y = 0; y < ColorSize; y++)
        for (var x = 0; x < ColorSize; x++)
        {
            var white = Coverage(x, y, ColorSize, margin, (u, v) => InBubble(u, v) && !InCross(u, v));
            var i = (y * ColorSize + x) * 4;
            pixels[i] = Mix(Blue.R, 255, white);
            pixels[i + 1] = Mix(Blue.G, 255, white);
            pixels[i + 2] = Mix(Blue.B, 255, white);
            pixels[i + 3] = 255;
        }
        return pixels;
    }

    /// <summary>RGBA pixels of outline.png: white only, shape in the alpha channel.</summary>
    public static byte[] OutlinePixels()
    {
        const double margin = 1.0 / OutlineSize;
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        for (var y = 0; y < OutlineSize; y++)
        for (var x = 0; x < OutlineSize; x++)
        {
            var cover = Coverage(x, y, OutlineSize, margin, (u, v) => InBubble(u, v) && !InCross(u, v));
            var i = (y * OutlineSize + x) * 4;
            pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
            pixels[i + 3] = (byte)Math.Round(cover * 255);
        }
        return pixels;
    }

    private static byte Mix(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * amount);

    /// <summary>Share of the pixel's samples inside the shape; the shape lives in a unit square inset by the margin.</summary>
    private static double Coverage(int x, int y, int size, double margin, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var sy = 0; sy < Samples; sy++)
        for (var sx = 0; sx < Samples; sx++)
        {
            var px = (x + (sx + 0.5) / Samples) / size;
            var py = (y + (sy + 0.5) / Samples) / size;
            var u = (px - margin) / (1 - 2 * margin);
            var v = (py - margin) / (1 - 2 * margin);
            if (inside(u, v)) hits++;
        }
        return hits / (double)(Samples * Samples);
    }

    /// <summary>A rounded box with a tail at its lower left.</summary>
    private static bool InBubble(double u, double v) =>
        InRoundedBox(u, v, 0.5, 0.42, 0.48, 0.34, 0.16) || InTriangle(u, v, (0.16, 0.66), (0.10, 0.98), (0.44, 0.74));

    private static bool InCross(double u, double v) =>
        (Math.Abs(u - 0.5) <= 0.075 && Math.Abs(v - 0.42) <= 0.22) || (Math.Abs(u - 0.5) <= 0.22 && Math.Abs(v - 0.42) <= 0.075);

    private static bool InRoundedBox(double u, double v, double cx, double cy, double halfW, double halfH, double radius)
    {
        var dx = Math.Max(Math.Abs(u - cx) - (halfW - radius), 0);
        var dy = Math.Max(Math.Abs(v - cy) - (halfH - radius), 0);
        return Math.Abs(u - cx) <= halfW && Math.Abs(v - cy) <= halfH && dx * dx + dy * dy <= radius * radius;
    }

    private static bool InTriangle(double u, double v, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        static double Side(double u, double v, (double X, double Y) p, (double X, double Y) q) => (u - q.X) * (p.Y - q.Y) - (p.X - q.X) * (v - q.Y);
        var d1 = Side(u, v, a, b);
        var d2 = Side(u, v, b, c);
        var d3 = Side(u, v, c, a);
        var negative = d1 < 0 || d2 < 0 || d3 < 0;
        var positive = d1 > 0 || d2 > 0 || d3 > 0;
        return !(negative && positive);
    }
}
