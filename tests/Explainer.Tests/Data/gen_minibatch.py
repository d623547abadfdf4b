#!/usr/bin/env python3
"""Writes minibatch.tsv: reference values for mini-batch networks, by a hand-written forward and backward pass in mpmath.

Run from this folder: python3 gen_minibatch.py > minibatch.tsv. The tests read the committed file; they never call
Python. Independent of the engine: the forward pass, the loss and every partial are written out here by hand, at 90
digits (checked against 120 digits, which must agree to 45 digits). Two cases:
  net222-batch: the notes' 2-2-2 network (001), frozen biases 0.35 / 0.60, sample 1 the notes' (0.05, 0.10 -> 0.01, 0.99),
                sample 2 (0.10, 0.20 -> 0.99, 0.01); loss the sum of the samples' E_total.
  deep-4883:    a 4-8-8-3 sigmoid network, weights and per-neuron biases drawn with random.Random(2026) as two-decimal
                numbers in [-1, 1], three samples, loss the mean of the samples' E.
Both use E = sum over outputs of 1/2 (t - o)^2 per sample. Rows (tab-separated):
  layers  CASE  sizes (comma)            | reduction CASE sum|mean | policy CASE frozen|per-neuron
  weight  CASE  l  j  k  value (exact)   | bias  CASE  l  j  value (exact)
  sample  CASE  s  inputs (comma)  targets (comma)
  value   CASE  NODE  40 significant digits, round-half-even, d.ddd...eN
  grad    CASE  NODE  dLoss/dNODE, the same way
"""

import random

import mpmath


def sigmoid(z):
    return 1 / (1 + mpmath.exp(-z))


def run(sizes, weights, biases, policy, samples, reduction, notes):
    """Values and gradients of every node, keyed by the engine's names (see NetworkBuilder)."""
    n = len(samples)
    c = mpmath.mpf(1) if reduction == "sum" else mpmath.mpf(1) / n
    L = len(sizes) - 1
    suffix = (lambda s: "") if n == 1 else (lambda s: f"[{s + 1}]")
    values, grads = {}, {}

    def wname(l, j, k):
        if notes:
            number = sum(sizes[m] * sizes[m + 1] for m in range(l)) + j * sizes[l] + k + 1
            return f"w{number}"
        return f"W{l + 1}_{j + 1}_{k + 1}"

    def bname(l, j):
        if policy != "per-neuron":
            return f"b{l + 1}"
        if notes:
            return f"b_{'o' if l == L - 1 else 'h'}{j + 1}"
        return f"b{l + 1}_{j + 1}"

    def unit(kind, l, j):
        if notes:
            return f"{kind}_{'o' if l == L - 1 else 'h'}{j + 1}"
        return f"{'z' if kind == 'net' else 'a'}{l + 1}_{j + 1}"

    def inname(k):
        return f"i{k + 1}" if notes else f"x{k + 1}"

    for l in range(L):
        for j in range(sizes[l + 1]):
            for k in range(sizes[l]):
                values[wname(l, j, k)] = weights[l][j][k]
                grads[wname(l, j, k)] = mpmath.mpf(0)
            values[bname(l, j)] = biases[l][j]
            grads[bname(l, j)] = mpmath.mpf(0)

    totals = []
    for s, (x, t) in enumerate(samples):
        sx = suffix(s)
        acts = [list(x)]
        for k, v in enumerate(x):
            values[inname(k) + sx] = v
        for l in range(L):
            layer = []
            for j in range(sizes[l + 1]):
                z = sum(weights[l][j][k] * acts[l][k] for k in range(sizes[l])) + biases[l][j]
                a = sigmoid(z)
                values[unit("net", l, j) + sx] = z
                values[unit("out", l, j) + sx] = a
                layer.append(a)
            acts.append(layer)
        out = acts[-1]
        errors = []
        for j in range(sizes[-1]):
            e = (t[j] - out[j]) ** 2 / 2
            values[(f"target_o{j + 1}" if notes else f"y{j + 1}") + sx] = t[j]
            values[(f"E_o{j + 1}" if notes else f"E{j + 1}") + sx] = e
            grads[(f"E_o{j + 1}" if notes else f"E{j + 1}") + sx] = c
            grads[(f"target_o{j + 1}" if notes else f"y{j + 1}") + sx] = c * (t[j] - out[j])
            errors.append(e)
        total = sum(errors)
        totals.append(total)
        if n > 1:
            values[("E_total" if notes else "E") + sx] = total
            grads[("E_total" if notes else "E") + sx] = c
        # Backward, by hand: dLoss/dout_o = c (o - t), dnet = dout * a (1 - a), dout_prev = sum_j dnet_j w_jk.
        dout = [c * (out[j] - t[j]) for j in range(sizes[-1])]
        for l in reversed(range(L)):
            dnet = []
            for j in range(sizes[l + 1]):
                a = acts[l + 1][j]
                grads[unit("out", l, j) + sx] = dout[j]
                d = dout[j] * a * (1 - a)
                grads[unit("net", l, j) + sx] = d
                dnet.append(d)
                grads[bname(l, j)] += d
                for k in range(sizes[l]):
                    grads[wname(l, j, k)] += d * acts[l][k]
            dout = [sum(dnet[j] * weights[l][j][k] for j in range(sizes[l + 1])) for k in range(sizes[l])]
        for k in range(sizes[0]):
            grads[inname(k) + sx] = dout[k]
    loss = sum(totals) * c
    values["E_total" if notes else "E"] = loss
    grads["E_total" if notes else "E"] = mpmath.mpf(1)
    return values, grads


def digits40(x):
    """x rounded half-even to 40 significant digits, as [-]d.ddd...eN; 0 for zero."""
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    x = abs(x)
    e = int(mpmath.floor(mpmath.log10(x)))
    for _ in range(3):
        m = int(mpmath.nint(x / mpmath.mpf(10) ** (e - 39)))
        if m >= 10 ** 40:
            e += 1
        elif m < 10 ** 39:
            e -= 1
        else:
            break
    d = str(m)
    return f"{sign}{d[0]}.{d[1:]}e{e}"


def cases():
    R = mpmath.mpf
    yield ("net222-batch", [2, 2, 2], "frozen", "sum", True,
           [[["0.15", "0.20"], ["0.25", "0.30"]], [["0.40", "0.45"], ["0.50", "0.55"]]],
           [["0.35", "0.35"], ["0.60", "0.60"]],
           [(["0.05", "0.10"], ["0.01", "0.99"]), (["0.10", "0.20"], ["0.99", "0.01"])])
    rng = random.Random(2026)
    sizes = [4, 8, 8, 3]

    def draw():
        return f"{rng.randint(-100, 100) / 100:.2f}"

    weights = [[[draw() for _ in range(sizes[l])] for _ in range(sizes[l + 1])] for l in range(3)]
    biases = [[draw() for _ in range(sizes[l + 1])] for l in range(3)]
    samples = [([draw() for _ in range(4)], [f"{rng.randint(1, 99) / 100:.2f}" for _ in range(3)]) for _ in range(3)]
    yield ("deep-4883", sizes, "per-neuron", "mean", False, weights, biases, samples)


def main():
    print(__doc__.strip().replace("\n", "\n# ").join(["# ", ""]))
    print("# kind\tcase\t...")
    for name, sizes, policy, reduction, notes, w, b, samples in cases():
        print(f"layers\t{name}\t{','.join(map(str, sizes))}")
        print(f"reduction\t{name}\t{reduction}")
        print(f"policy\t{name}\t{policy}")
        for l, m in enumerate(w):
            for j, row in enumerate(m):
                for k, v in enumerate(row):
                    print(f"weight\t{name}\t{l}\t{j}\t{k}\t{v}")
        for l, layer in enumerate(b):
            for j, v in enumerate(layer):
                print(f"bias\t{name}\t{l}\t{j}\t{v}")
        for s, (x, t) in enumerate(samples):
            print(f"sample\t{name}\t{s}\t{','.join(x)}\t{','.join(t)}")
        results = []
        for dps in (90, 120):
            mpmath.mp.dps = dps
            conv = lambda v: mpmath.mpf(v)
            results.append(run(sizes, [[[conv(v) for v in r] for r in m] for m in w], [[conv(v) for v in layer] for layer in b],
                               policy, [([conv(v) for v in x], [conv(v) for v in t]) for x, t in samples], reduction, notes))
        mpmath.mp.dps = 90
        (values, grads), (values2, grads2) = results
        for key in values:
            assert mpmath.nstr(values[key], 45) == mpmath.nstr(values2[key], 45), key
            print(f"value\t{name}\t{key}\t{digits40(values[key])}")
        for key in grads:
            assert mpmath.nstr(grads[key], 45) == mpmath.nstr(grads2[key], 45), key
            print(f"grad\t{name}\t{key}\t{digits40(grads[key])}")


if __name__ == "__main__":
    main()
