#!/usr/bin/env python3
"""Writes boundaries.tsv: values a hair below, at and above the half-way points x.5*10^k of the last digit.

Run from this folder: python3 gen_boundaries.py > boundaries.tsv. The tests read the committed file; they never call
Python. Each value is rounded to `digits` significant digits, half-even, in its own decade, by exact rational arithmetic
(fractions.Fraction); irrational values are computed with mpmath at two high precisions that must agree.
"""

import random
from fractions import Fraction

import mpmath

mpmath.mp.dps = 700


def decade(x):
    """E with 10^E <= x < 10^(E+1), for a positive Fraction, by exact comparison."""
    e = len(str(x.numerator)) - len(str(x.denominator))
    while Fraction(10) ** e > x:
        e -= 1
    while Fraction(10) ** (e + 1) <= x:
        e += 1
    return e


def round_significant(x, digits):
    """(digit string, exponent of the first digit, sign) of x rounded half-even to `digits` significant digits."""
    negative = x < 0
    x = abs(x)
    e = decade(x)
    q = x * Fraction(10) ** (digits - 1 - e)
    n = q.numerator // q.denominator
    r = q - n
    if r > Fraction(1, 2) or (r == Fraction(1, 2) and n % 2 == 1):
        n += 1
    if n == 10 ** digits:
        n //= 10
        e += 1
    s = str(n)
    assert len(s) == digits
    return s, e, negative


def layout(digits, exponent, negative):
    """The text Real.Format writes (DecimalText.Layout without padding)."""
    length = len(digits)
    if -7 <= exponent <= length - 1:
        if exponent < 0:
            s = "0." + "0" * (-exponent - 1) + digits
        elif exponent + 1 >= length:
            s = digits + "0" * (exponent + 1 - length)
        else:
            s = digits[: exponent + 1] + "." + digits[exponent + 1 :]
    else:
        s = digits[0] + ("." + digits[1:] if length > 1 else "") + "e" + ("+" if exponent >= 0 else "-") + str(abs(exponent))
    return ("-" if negative else "") + s


def decimal(x):
    """A terminating Fraction as an exact decimal literal."""
    negative = x < 0
    x = abs(x)
    places = 0
    while (x * 10**places).denominator != 1:
        places += 1
        assert places < 400
    n = (x * 10**places).numerator
    s = str(n).rjust(places + 1, "0")
    text = s[: len(s) - places] + ("." + s[len(s) - places :] if places else "")
    return ("-" if negative else "") + text


def to_fraction(v):
    v = mpmath.mpf(v)
    m, e = v.man_exp  # the magnitude's mantissa: the sign is apart
    f = Fraction(int(m)) * (Fraction(2) ** int(e))
    return -f if v < 0 else f


def certified(fn):
    """The rounding oracle input for an irrational value: mpmath at two precisions; the roundings must agree."""
    with mpmath.workdps(700):
        a = to_fraction(fn())
    with mpmath.workdps(900):
        b = to_fraction(fn())
    return a, b


rows = []


def add(expression, digits, value, kind, other=None):
    text = layout(*round_significant(value, digits))
    if other is not None:
        assert layout(*round_significant(other, digits)) == text, expression
    rows.append((expression, digits, text, kind))


def neg(expression):
    return "-(" + expression + ")"


rng = random.Random(20261202)
for d in list(range(1, 21)) + [25, 30, 35, 40, 45, 50]:
    boundaries = []
    # Carries into the next power of ten: 10^E (1 - 0.5 10^-d), e.g. 9.95, 99.5, 0.995 at two digits.
    for E in (0, 1, -2, 5):
        boundaries.append((Fraction(10) ** E * (1 - Fraction(5, 10 ** (d + 1))), E))
    # Ordinary ties (m + 0.5) 10^(E-d+1), m with an even and with an odd last digit.
    for parity in (0, 1):
        m = rng.randrange(10 ** (d - 1), 10**d - 1)
        if m % 2 != parity:
            m += 1
        E = rng.randrange(-9, 9)
        boundaries.append(((Fraction(m) + Fraction(1, 2)) * Fraction(10) ** (E - d + 1), E))

    for b, E in boundaries:
        lit = decimal(b)
        unit = E - d + 1  # the last digit is at 10^unit
        for sign in (1, -1):
            wrap = (lambda s: s) if sign > 0 else neg
            v = sign * b
            # Exactly at the boundary: half-even.
            add(wrap(lit), d, v, "exact-tie")
            for j in (2, 30):
                q = -(unit - j)  # offsets of 10^(unit - j), a hair (j = 30) or clearly (j = 2) off the tie
                h = Fraction(1, 10**q) if q >= 0 else Fraction(10 ** (-q))
                power = f"1e{-q}"
                add(wrap(f"{lit} - {power}"), d, sign * (b - h), "exact")
                add(wrap(f"{lit} + {power}"), d, sign * (b + h), "exact")
                if j == 30:
                    # Non-terminating: a third of the offset.
                    add(wrap(f"{lit} - {power}/3"), d, sign * (b - h / 3), "exact")
                    add(wrap(f"{lit} + {power}/3"), d, sign * (b + h / 3), "exact")
                for op, s in (("-", -1), ("+", 1)):
                    expr = f"{lit} {op} pi*{power}"
                    fn = lambda s=s: sign * (mpmath.mpf(b.numerator) / b.denominator + s * mpmath.pi * mpmath.mpf(10) ** (-q))
                    a, c = certified(fn)
                    add(wrap(expr), d, a, "certified", c)
                if j != 30:
                    continue
                # exp(-m) just under the same offset.
                mexp = int(mpmath.ceil(q * mpmath.log(10))) + 1
                for op, s in (("-", -1), ("+", 1)):
                    expr = f"{lit} {op} exp(-{mexp})"
                    fn = lambda s=s, mexp=mexp: sign * (mpmath.mpf(b.numerator) / b.denominator + s * mpmath.exp(-mexp))
                    a, c = certified(fn)
                    add(wrap(expr), d, a, "certified", c)

    # sigmoid(t) a hair below and above 1 - 0.5 10^-d (the carry to 1), and its negative.
    with mpmath.workdps(200):
        target = 1 - mpmath.mpf(5) / mpmath.mpf(10) ** (d + 1)
        t0 = mpmath.log(target / (1 - target))
    for extra in (6, 20):
        places = d + extra
        base = Fraction(int(mpmath.floor(t0 * mpmath.mpf(10) ** places)), 10**places)
        for t in (base, base + Fraction(1, 10**places)):
            lit = decimal(t)
            tm = lambda t=t: mpmath.mpf(t.numerator) / t.denominator
            a, c = certified(lambda tm=tm: 1 / (1 + mpmath.exp(-tm())))
            add(f"sigmoid({lit})", d, a, "certified", c)
            add(f"-sigmoid({lit})", d, -a, "certified", -c)

# The three cases, as reported.
for expr, d, fn in (
    ("sigmoid(21.41641301)", 9, lambda: 1 / (1 + mpmath.exp(-mpmath.mpf("21.41641301")))),
    ("9.95 - pi*1e-10", 2, lambda: mpmath.mpf("9.95") - mpmath.pi * mpmath.mpf(10) ** -10),
    ("0.995 - exp(-200)", 2, lambda: mpmath.mpf("0.995") - mpmath.exp(-200)),
):
    a, c = certified(fn)
    add(expr, d, a, "certified", c)

print("# boundaries.tsv -- generated by gen_boundaries.py (fractions.Fraction; mpmath at 700 and 900 digits for irrational values).")
print("# Values at, a hair below and a hair above the half-way points of the last digit, including carries into the next")
print("# power of ten (9.95, 99.5, 0.995, 9.9995...), positive and negative, exact and certified, at 1..20 and 25..50 (by 5) digits.")
print("# expected = the value rounded half-even to `digits` significant digits in its own decade, as Real.Format writes it.")
print("# expression\tdigits\texpected\tkind")
for r in rows:
    print("\t".join(str(x) for x in r))
