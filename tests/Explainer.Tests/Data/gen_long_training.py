#!/usr/bin/env python3
"""Writes long-training.tsv: the notes' 2-2-2 network (001) after 1000 full-batch steps of each optimizer, in mpmath.

Run from this folder: python3 gen_long_training.py > long-training.tsv (about a minute). The tests read the committed
file; they never call Python. Independent of the engine: the forward pass, the loss ½Σ(t − o)², every gradient and
the update rules (002:297–373, with the textbook defaults Trainer uses) are written out here by hand. The network is
src/Worked/Examples/net-2-2-2: inputs 0.05, 0.10; targets 0.01, 0.99; weights w1..w8 = 0.15 0.20 0.25 0.30 / 0.40
0.45 0.50 0.55; biases 0.35, 0.60 frozen; learning rate 0.5. Each run is done at 250 and at 400 digits, which must
agree to 60 digits; values are written to 40 significant digits (round-half-even), and the script refuses a value whose
digits 31..40 would make rounding it again to 30 digits ambiguous (a tie).
Rows (tab-separated): optimizer  step  name  value, where name is
  loss  the loss before step t (t = 1001: after the last step), or
  wK    the weight after step t.
"""

import mpmath

STEPS = 1000
MARKS = [1, 10, 100, 1000]
NAMES = [f"w{k}" for k in range(1, 9)]
SHOWN = ["w1", "w4", "w5", "w8"]
OPTIMIZERS = ["sgd", "momentum", "adagrad", "rmsprop", "adam"]


def D(text):
    return mpmath.mpf(text)


def sigmoid(z):
    return 1 / (1 + mpmath.exp(-z))


def loss_and_gradient(w):
    """E and dE/dw for the 2-2-2 network, w = [w1..w8]."""
    i1, i2 = D("0.05"), D("0.10")
    t1, t2 = D("0.01"), D("0.99")
    b1, b2 = D("0.35"), D("0.60")
    h1 = sigmoid(w[0] * i1 + w[1] * i2 + b1)
    h2 = sigmoid(w[2] * i1 + w[3] * i2 + b1)
    o1 = sigmoid(w[4] * h1 + w[5] * h2 + b2)
    o2 = sigmoid(w[6] * h1 + w[7] * h2 + b2)
    e = (t1 - o1) ** 2 / 2 + (t2 - o2) ** 2 / 2
    d1 = (o1 - t1) * o1 * (1 - o1)  # dE/dnet_o1
    d2 = (o2 - t2) * o2 * (1 - o2)
    dh1 = (d1 * w[4] + d2 * w[6]) * h1 * (1 - h1)
    dh2 = (d1 * w[5] + d2 * w[7]) * h2 * (1 - h2)
    g = [dh1 * i1, dh1 * i2, dh2 * i1, dh2 * i2, d1 * h1, d1 * h2, d2 * h1, d2 * h2]
    return e, g


def train(optimizer):
    """{(step, name): value} for the marks, as Trainer's rules do it, state starting at zero."""
    eps = D("0.5")
    alpha, rho, rho1, rho2 = D("0.9"), D("0.9"), D("0.9"), D("0.999")
    delta = {"adagrad": D("1e-7"), "rmsprop": D("1e-6")}.get(optimizer, D("1e-8"))
    w = [D(x) for x in ["0.15", "0.20", "0.25", "0.30", "0.40", "0.45", "0.50", "0.55"]]
    s = [mpmath.mpf(0)] * 8
    r = [mpmath.mpf(0)] * 8
    out = {}
    for t in range(1, STEPS + 1):
        e, g = loss_and_gradient(w)
        if t in MARKS:
            out[(t, "loss")] = e
        for k in range(8):
            if optimizer == "sgd":
                step = -(eps * g[k])
            elif optimizer == "momentum":
                s[k] = alpha * s[k] - eps * g[k]
                step = s[k]
            elif optimizer == "adagrad":
                r[k] = r[k] + g[k] ** 2
                step = -(eps / (mpmath.sqrt(r[k]) + delta) * g[k])
            elif optimizer == "rmsprop":
                r[k] = rho * r[k] + (1 - rho) * g[k] ** 2
                step = -(eps / mpmath.sqrt(r[k] + delta) * g[k])
            else:
                s[k] = rho1 * s[k] + (1 - rho1) * g[k]
                r[k] = rho2 * r[k] + (1 - rho2) * g[k] ** 2
                s_hat = s[k] / (1 - rho1**t)
                r_hat = r[k] / (1 - rho2**t)
                step = -(eps * s_hat / (mpmath.sqrt(r_hat) + delta))
            w[k] = w[k] + step
        if t in MARKS:
            for name in SHOWN:
                out[(t, name)] = w[NAMES.index(name)]
    out[(STEPS + 1, "loss")] = loss_and_gradient(w)[0]
    return out


def digits(x, n):
    """x to n significant digits, round-half-even, as d.ddd...eN."""
    return mpmath.nstr(x, n, min_fixed=1, max_fixed=0, strip_zeros=False)


def main():
    print("# long-training.tsv -- 1000 steps of each optimizer on the 2-2-2 network of 001, by gen_long_training.py (mpmath,")
    print("# 250 digits, checked against 400). Hyperparameters: rate 0.5; momentum alpha 0.9; AdaGrad delta 1e-7; RMSProp rho 0.9,")
    print("# delta 1e-6; Adam rho1 0.9, rho2 0.999, delta 1e-8; biases frozen. loss at step t is the loss before step t (1001: after")
    print("# the last); wK at step t is the weight after step t.")
    print("# optimizer\tstep\tname\tvalue (40 significant digits, round-half-even)")
    for optimizer in OPTIMIZERS:
        mpmath.mp.dps = 400
        fine = train(optimizer)
        mpmath.mp.dps = 250
        coarse = train(optimizer)
        for (step, name), value in sorted(coarse.items()):
            other = fine[(step, name)]
            assert abs(value - other) <= abs(other) * mpmath.mpf(10) ** -60, (optimizer, step, name)
            text = digits(other, 40)
            tail = text.split("e")[0].replace("-", "").replace(".", "")[30:40]
            assert tail not in ("5000000000", "4999999999"), (optimizer, step, name, text)
            print(f"{optimizer}\t{step}\t{name}\t{text}")


if __name__ == "__main__":
    main()
