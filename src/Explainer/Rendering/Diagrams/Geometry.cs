namespace Explainer.Rendering.Diagrams;

/// <summary>A width and height in whole pixels.</summary>
internal readonly record struct Extent(int Width, int Height);

/// <summary>A point in whole pixels.</summary>
internal readonly record struct Point(int X, int Y);

/// <summary>An axis-aligned rectangle in whole pixels.</summary>
internal readonly record struct Box(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public static Box Centered(Point center, Extent extent)
        => new(center.X - (extent.Width / 2), center.Y - (extent.Height / 2), extent.Width, extent.Height);

    public bool Overlaps(Box other, int margin)
        => X - margin < other.Right && other.X < Right + margin && Y - margin < other.Bottom && other.Y < Bottom + margin;
}

/// <summary>Integer arithmetic shared by the layout, so that every coordinate is the same on every machine.</summary>
internal static class IntMath
{
    /// <summary>Divides and rounds half up (toward +∞), for any sign of the numerator and a positive divisor.</summary>
    public static long RoundDiv(long numerator, long divisor) => FloorDiv((2 * numerator) + divisor, 2 * divisor);

    /// <summary>Divides and rounds toward −∞, for a positive divisor.</summary>
    public static long FloorDiv(long numerator, long divisor)
    {
        var q = numerator / divisor;
        return numerator % divisor < 0 ? q - 1 : q;
    }
}

/// <summary>Whether a line segment touches a box, by separating axes (the box's two and the segment's normal).</summary>
internal static class SegmentTest
{
    public static bool Touches(Point a, Point b, Box box)
    {
        if (Math.Max(a.X, b.X) < box.X || Math.Min(a.X, b.X) > box.Right || Math.Max(a.Y, b.Y) < box.Y || Math.Min(a.Y, b.Y) > box.Bottom)
        {
            return false;
        }

        long dx = b.X - a.X, dy = b.Y - a.Y;
        var below = 0;
        var above = 0;
        for (var corner = 0; corner < 4; corner++)
        {
            var x = (corner & 1) == 0 ? box.X : box.Right;
            var y = (corner & 2) == 0 ? box.Y : box.Bottom;
            var side = (dx * (y - a.Y)) - (dy * (x - a.X));
            below += side < 0 ? 1 : 0;
            above += side > 0 ? 1 : 0;
        }

        return below < 4 && above < 4;
    }
}
