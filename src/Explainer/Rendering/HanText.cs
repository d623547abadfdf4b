using System.Text.RegularExpressions;

namespace Explainer.Rendering;

/// <summary>Marks Chinese inside text of another language, so browsers pick a Chinese font and screen readers a Chinese voice.</summary>
internal static partial class HanText
{
    /// <summary>Whether <paramref name="text"/> holds a Han character.</summary>
    public static bool HasHan(string text) => HanRun().IsMatch(text);

    /// <summary>Each run of Han characters (with the CJK punctuation and spaces between them) as <c>&lt;span lang="zh"&gt;…&lt;/span&gt;</c>; text that is already HTML-escaped stays valid.</summary>
    public static string Mark(string text) => HanRun().Replace(text, m => $"<span lang=\"zh\">{m.Value}</span>");

    /// <summary>Han ideographs (the unified blocks and extension A, compatibility ideographs) and the CJK punctuation and full-width forms between them.</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF\uF900-\uFAFF](?:[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF ]*[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF])?")]
    private static partial Regex HanRun();
}
