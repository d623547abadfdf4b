namespace Explainer.Expressions;

/// <summary>Splits expression text into tokens; every character ends up in some token, so nothing is lost silently.</summary>
internal static class Lexer
{
    /// <summary>Returns the tokens of <paramref name="text"/>, always ending with one <see cref="TokenKind.End"/> token.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int length;
            TokenKind kind;
            if (c is '\r' or '\n')
            {
                kind = TokenKind.Newline;
                length = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            else if (StartsNumber(text, i))
            {
                kind = TokenKind.Number;
                length = ScanNumber(text, i);
            }
            else if (IsIdentifierStart(c))
            {
                kind = TokenKind.Identifier;
                length = ScanIdentifier(text, i);
            }
            else
            {
                kind = Punctuation(c);
                length = kind == TokenKind.Invalid && char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            tokens.Add(new Token(kind, i, length));
            i += length;
        }

        tokens.Add(new Token(TokenKind.End, text.Length, 0));
        return tokens;
    }

    /// <summary>Tells whether <paramref name="text"/> is exactly one number literal, such as "0.15", ".5", "15." or "2.5E+2".</summary>
    public static bool IsNumberLiteral(string text) => StartsNumber(text, 0) && ScanNumber(text, 0) == text.Length;

    /// <summary>Tells whether <paramref name="text"/> is exactly one identifier, such as "w_5" or "E_total".</summary>
    public static bool IsIdentifier(string text) =>
        text.Length > 0 && IsIdentifierStart(text[0]) && ScanIdentifier(text, 0) == text.Length;

    private static bool StartsNumber(string text, int i) =>
        i < text.Length
        && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])));

    /// <summary>Scans digits, an optional fraction and an optional exponent; "e" without digits after it is not part of the number.</summary>
    private static int ScanNumber(string text, int start)
    {
        var i = SkipDigits(text, start);
        if (i < text.Length && text[i] == '.')
        {
            i = SkipDigits(text, i + 1);
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var digits = i + 1 < text.Length && text[i + 1] is '+' or '-' ? i + 2 : i + 1;
            if (digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                i = SkipDigits(text, digits);
            }
        }

        return i - start;
    }

    private static int SkipDigits(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static int ScanIdentifier(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && (char.IsLetter(text[i]) || char.IsAsciiDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i - start;
    }

    private static TokenKind Punctuation(char c) => c switch
    {
        '+' => TokenKind.Plus,
        '-' => TokenKind.Minus,
        '*' => TokenKind.Star,
        '/' => TokenKind.Slash,
        '^' => TokenKind.Caret,
        '(' => TokenKind.OpenParen,
        ')' => TokenKind.CloseParen,
        ',' => TokenKind.Comma,
        '=' => TokenKind.Assign,
        ';' => TokenKind.Semicolon,
        _ => TokenKind.Invalid,
    };
}
