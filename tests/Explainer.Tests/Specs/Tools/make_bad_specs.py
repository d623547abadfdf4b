"""Writes the bad spec files of tests/Explainer.Tests/Specs/BadSpecs from one good base, one mistake each.

Run once from this folder; the .expected files beside them are written by hand (checked line by line), not here.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "BadSpecs"

BASE = """kind: network
id: net-2-2-2
layers: [2, 2, 2]
activations: [sigmoid, sigmoid]
weights:
  - [[0.15, 0.20], [0.25, 0.30]]
  - [[0.40, 0.45], [0.50, 0.55]]
biases: [0.35, 0.60]
bias_policy: frozen
samples:
  - inputs: [0.05, 0.10]
    targets: [0.01, 0.99]
loss: half_sum_of_squares
learning_rate: 0.5
"""

CLAIMS = """claims:
  - {printed: "0.082167041", source: "notes.txt:625", quantity: "grad:w5"}
"""

BATCH_SAMPLES = """samples:
  - inputs: [0.05, 0.10]
    targets: [0.01, 0.99]
  - inputs: [0.10, 0.20]
    targets: [0.02, 0.98]
"""

# Three layers after the input (2-3-2-2): the middle matrix is 2 rows (layer 2) of 3 entries (layer 1).
DEEP = """kind: network
id: net-2-3-2-2
layers: [2, 3, 2, 2]
activations: [sigmoid, tanh, sigmoid]
weights:
  - [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]
  - [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]
  - [[0.1, 0.2], [0.3, 0.4]]
biases: [0.1, 0.2, 0.3]
samples:
  - inputs: [0.05, 0.10]
    targets: [0.01, 0.99]
loss: half_sum_of_squares
learning_rate: 0.5
"""


def deep(old, new):
    assert old in DEEP, old
    return DEEP.replace(old, new, 1)


# name: (what is wrong, [(old, new), ...]) applied to BASE; a str instead of the list is the whole text.
CASES = {
    "activation-typo": ("a misspelt activation", [("activations: [sigmoid, sigmoid]", "activations: [sigmoid, sigmod]")]),
    "loss-typo": ("a misspelt loss", [("loss: half_sum_of_squares", "loss: half_sum_of_square")]),
    "bias-policy-typo": ("per_neuron for per-neuron", [("bias_policy: frozen", "bias_policy: per_neuron")]),
    "kind-typo": ("a misspelt kind", [("kind: network", "kind: netwrok")]),
    "unknown-key": ("a misspelt key", [("activations:", "actvations:")]),
    "missing-layers": ("no layers", [("layers: [2, 2, 2]\n", "")]),
    "weights-row-short": ("a row with one entry", [("[0.50, 0.55]]", "[0.50]]")]),
    "weights-row-long": ("a row with three entries", [("[[0.15, 0.20],", "[[0.15, 0.20, 0.21],")]),
    "weights-rows-count": ("three rows for two neurons", [("  - [[0.15, 0.20], [0.25, 0.30]]", "  - [[0.15, 0.20], [0.25, 0.30], [0.1, 0.1]]")]),
    "weights-matrix-count": ("one matrix for two layers", [("  - [[0.40, 0.45], [0.50, 0.55]]\n", "")]),
    "activations-count": ("three activations for two layers", [("[sigmoid, sigmoid]", "[sigmoid, sigmoid, sigmoid]")]),
    "biases-count": ("one bias entry for two layers", [("biases: [0.35, 0.60]", "biases: [0.35]")]),
    "biases-length": ("three biases for two neurons", [("biases: [0.35, 0.60]", "biases: [[0.35, 0.35, 0.35], 0.60]")]),
    "biases-differ-frozen": ("different biases under a frozen policy", [("biases: [0.35, 0.60]", "biases: [[0.35, 0.36], 0.60]")]),
    "inputs-length": ("three inputs for two input neurons", [("inputs: [0.05, 0.10]", "inputs: [0.05, 0.10, 0.15]")]),
    "targets-length": ("one target for two outputs", [("targets: [0.01, 0.99]", "targets: [0.01]")]),
    "weight-not-number": ("a word for a weight", [("[0.25, 0.30]", "[0.25, abc]")]),
    "rate-not-number": ("a word for the learning rate", [("learning_rate: 0.5", "learning_rate: fast")]),
    "rate-divide-by-zero": ("1/0", [("learning_rate: 0.5", "learning_rate: 1/0")]),
    "rate-negative": ("a negative learning rate", [("learning_rate: 0.5", "learning_rate: -0.5")]),
    "layer-size-zero": ("a layer of no neurons", [("layers: [2, 2, 2]", "layers: [2, 0, 2]")]),
    "layer-size-fraction": ("2.5 neurons", [("layers: [2, 2, 2]", "layers: [2, 2.5, 2]")]),
    "layer-size-word": ("a word for a layer size", [("layers: [2, 2, 2]", "layers: [2, two, 2]")]),
    "layer-too-wide": ("300 neurons in one layer", [("layers: [2, 2, 2]", "layers: [2, 300, 2]")]),
    "too-many-weights": ("10,200 weights", [("layers: [2, 2, 2]", "layers: [100, 100, 2]")]),
    "too-many-layers": ("17 layers", [("layers: [2, 2, 2]", "layers: [" + ", ".join(["2"] * 17) + "]")]),
    "softmax-hidden": ("softmax on a hidden layer", [("[sigmoid, sigmoid]", "[softmax, sigmoid]")]),
    "softmax-wrong-loss": ("softmax with the squared error", [("[sigmoid, sigmoid]", "[sigmoid, softmax]")]),
    "cross-entropy-no-softmax": ("cross-entropy on sigmoid outputs", [("loss: half_sum_of_squares", "loss: softmax_cross_entropy")]),
    "binary-cross-entropy-tanh": ("binary cross-entropy on tanh outputs, which may be negative", [("[sigmoid, sigmoid]", "[sigmoid, tanh]"), ("loss: half_sum_of_squares", "loss: binary_cross_entropy")]),
    "leaky-relu-no-alpha": ("leaky_relu without its alpha", [("[sigmoid, sigmoid]", "[leaky_relu, sigmoid]")]),
    "elu-object-no-alpha": ("elu as an object without alpha", [("[sigmoid, sigmoid]", "[{name: elu}, sigmoid]")]),
    "alpha-on-sigmoid": ("alpha on an activation without one", [("[sigmoid, sigmoid]", "[{name: sigmoid, alpha: 0.1}, sigmoid]")]),
    "duplicate-key": ("loss given twice", [("learning_rate: 0.5", "learning_rate: 0.5\nloss: mean_squared_error")]),
    "tab-indent": ("a tab before a list item", [("  - [[0.40", "\t- [[0.40")]),
    "empty": ("an empty file", ""),
    "comments-only": ("only comments", "# nothing here yet\n\n# still nothing\n"),
    "two-documents": ("two YAML documents", [("learning_rate: 0.5\n", "learning_rate: 0.5\n---\nkind: network\n")]),
    "alias": ("an alias", [("inputs: [0.05, 0.10]", "inputs: &x [0.05, 0.10]"), ("targets: [0.01, 0.99]", "targets: *x")]),
    "top-level-list": ("a list, not a mapping", "- kind: network\n- id: x\n"),
    "yaml-syntax": ("a bad indentation", [("    targets: [0.01, 0.99]", "   targets: [0.01, 0.99]")]),
    "yaml-unclosed-flow": ("an unclosed bracket", [("biases: [0.35, 0.60]", "biases: [0.35, 0.60")]),
    "sample-no-targets": ("a sample without targets", [("    targets: [0.01, 0.99]\n", "")]),
    "optimizer-typo": ("adamw for adam", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer: {name: adamw}\n")]),
    "optimizer-wrong-hyperparameter": ("rho for momentum", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer:\n  name: momentum\n  hyperparameters: {rho: 0.9}\n")]),
    "optimizer-unknown-hyperparameter": ("beta, which no optimizer has", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer:\n  name: adam\n  hyperparameters: {beta1: 0.9}\n")]),
    "optimizer-alpha-range": ("momentum 1.5", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer:\n  name: momentum\n  hyperparameters: {alpha: 1.5}\n")]),
    "optimizer-too-many-steps": ("20,000 steps", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer: {name: sgd, steps: 20000}\n")]),
    "claim-unknown-node": ("grad:w9", [("learning_rate: 0.5\n", "learning_rate: 0.5\n" + CLAIMS.replace("grad:w5", "grad:w9"))]),
    "claim-bad-quantity": ("gradient:w5", [("learning_rate: 0.5\n", "learning_rate: 0.5\n" + CLAIMS.replace("grad:w5", "gradient:w5"))]),
    "claim-no-line": ("a source without its line", [("learning_rate: 0.5\n", "learning_rate: 0.5\n" + CLAIMS.replace("notes.txt:625", "notes.txt"))]),
    "claim-update-input": ("update:i1, an input", [("learning_rate: 0.5\n", "learning_rate: 0.5\n" + CLAIMS.replace("grad:w5", "update:i1"))]),
    "claim-partial-not-input": ("partial:out_o1/w5", [("learning_rate: 0.5\n", "learning_rate: 0.5\n" + CLAIMS.replace("grad:w5", "partial:out_o1/w5"))]),
    "names-unknown-node": ("a name for no node", [("learning_rate: 0.5\n", "learning_rate: 0.5\nnames: {out_h3: hidden_three}\n")]),
    "bad-id": ("an id with a space", [("id: net-2-2-2", "id: Net 222")]),
    "number-too-large": ("a number past the range of exact values", [("learning_rate: 0.5", "learning_rate: 1e999999999")]),
    "layer-size-exponent": ("1e5 neurons, which JSON Schema takes for an integer", [("layers: [2, 2, 2]", "layers: [2, 1e5, 2]")]),
    "steps-fraction": ("2.5 steps", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer: {name: sgd, steps: 2.5}\n")]),
    "steps-exponent": ("1e3 steps", [("learning_rate: 0.5\n", "learning_rate: 0.5\noptimizer: {name: sgd, steps: 1e3}\n")]),
    "forward-overflow": ("a weight so large that softmax leaves the range of exp", [("[sigmoid, sigmoid]", "[sigmoid, softmax]"), ("loss: half_sum_of_squares", "loss: softmax_cross_entropy"), ("[0.40, 0.45]", "[99999999999999999999, 0.45]")]),
    "expression-unknown-key": ("an expression spec with a misspelt key: the schema's expression branch still checks it", "kind: expression\nid: j\nstatments: [\"u = b*c\"]\ninputs: {b: 3, c: 2}\n"),
    "names-key-with-slash": ("a name key with a slash and a tilde, which JSON Pointer escapes", [("learning_rate: 0.5\n", "learning_rate: 0.5\nnames: {w1: one, 'a/b~c': two}\n")]),
    "several-errors": ("three mistakes, all reported", [("[sigmoid, sigmoid]", "[sigmoid, sigmod]"), ("[0.50, 0.55]]", "[0.50]]"), ("inputs: [0.05, 0.10]", "inputs: [0.05, x]")]),
    # Shapes, each checked by NetworkSpec.Validate and reported at the node it names: an extra entry at that entry,
    # missing entries at the list they are missing from.
    "activations-count-short": ("one activation for two layers", [("[sigmoid, sigmoid]", "[sigmoid]")]),
    "weights-matrix-count-extra": ("three matrices for two layers", [("  - [[0.40, 0.45], [0.50, 0.55]]\n", "  - [[0.40, 0.45], [0.50, 0.55]]\n  - [[1, 1], [1, 1]]\n")]),
    "weights-rows-missing": ("one row for two neurons", [("  - [[0.15, 0.20], [0.25, 0.30]]", "  - [[0.15, 0.20]]")]),
    "weights-row-long-block": ("a row with three entries, the matrices written as block lists", [("  - [[0.15, 0.20], [0.25, 0.30]]\n", "  - - [0.15, 0.20]\n    - - 0.25\n      - 0.30\n      - 0.35\n")]),
    "weights-matrix-scalar": ("a number for a matrix: the schema's one diagnostic, no shape cascade", [("  - [[0.40, 0.45], [0.50, 0.55]]", "  - 0.40")]),
    "weight-not-number-row-long": ("a word in a row that is also too long: both reported", [("[0.25, 0.30]", "[0.25, abc, 0.30]")]),
    "biases-count-extra": ("three bias entries for two layers", [("biases: [0.35, 0.60]", "biases: [0.35, 0.60, 0.70]")]),
    "biases-length-short": ("one bias for a layer of two neurons", [("biases: [0.35, 0.60]", "biases: [0.35, [0.60]]")]),
    "biases-differ-unread": ("a word for the first of two biases under a shared policy: the word alone, whether they differ is unknown", [("biases: [0.35, 0.60]", "biases: [[x, 0.36], 0.60]"), ("bias_policy: frozen", "bias_policy: shared")]),
    "inputs-length-short": ("one input for two input neurons", [("inputs: [0.05, 0.10]", "inputs: [0.05]")]),
    "targets-length-long": ("three targets for two outputs", [("targets: [0.01, 0.99]", "targets: [0.01, 0.99, 0.5]")]),
    "batch-sample-2-targets-long": ("sample 2 of two with three targets", [("samples:\n  - inputs: [0.05, 0.10]\n    targets: [0.01, 0.99]\n", BATCH_SAMPLES.replace("[0.02, 0.98]", "[0.02, 0.98, 0.5]"))]),
    "batch-sample-1-inputs-short": ("sample 1 of two with one input: named sample 1 in a batch", [("samples:\n  - inputs: [0.05, 0.10]\n    targets: [0.01, 0.99]\n", BATCH_SAMPLES.replace("[0.05, 0.10]", "[0.05]"))]),
    "batch-sample-2-no-inputs": ("sample 2 without inputs: the schema's one diagnostic", [("samples:\n  - inputs: [0.05, 0.10]\n    targets: [0.01, 0.99]\n", BATCH_SAMPLES.replace("  - inputs: [0.10, 0.20]\n    targets", "  - targets"))]),
    "deep-middle-matrix-rows": ("a 2-3-2-2 network whose middle matrix has 3 rows for 2 neurons", deep("[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]", "[[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]")),
    "deep-middle-row-short": ("a 2-3-2-2 network whose middle matrix has a row of 2 entries for 3 neurons", deep("[0.4, 0.5, 0.6]]", "[0.4, 0.5]]")),
    "deep-activations-count": ("a 2-3-2-2 network with two activations", deep("[sigmoid, tanh, sigmoid]", "[sigmoid, tanh]")),
    "binary-cross-entropy-typo": ("a misspelt output activation under binary cross-entropy: the typo alone", [("[sigmoid, sigmoid]", "[sigmoid, sigmod]"), ("loss: half_sum_of_squares", "loss: binary_cross_entropy")]),
    "several-shape-errors": ("three shapes wrong, all reported", [("[[0.15, 0.20],", "[[0.15, 0.20, 0.21],"), ("biases: [0.35, 0.60]", "biases: [0.35, [0.60]]"), ("targets: [0.01, 0.99]", "targets: [0.01, 0.99, 0.5]")]),
}

JSON_BASE = {
    "kind": "network", "id": "net-2-2-2", "layers": [2, 2, 2], "activations": ["sigmoid", "sigmoid"],
    "weights": [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]], "biases": [0.35, 0.60],
    "samples": [{"inputs": [0.05, 0.10], "targets": [0.01, 0.99]}], "loss": "half_sum_of_squares", "learning_rate": 0.5,
}

JSON_CASES = {
    "json-trailing-comma": [('"sigmoid"]', '"sigmoid",]')],
    "json-trailing-comma-object": [('"learning_rate": 0.5\n}', '"learning_rate": 0.5,\n}')],
    "json-duplicate-key": [('"loss": "half_sum_of_squares"', '"loss": "half_sum_of_squares",\n  "loss": "mean_squared_error"')],
    "json-missing-colon": [('"loss": "half', '"loss" "half')],
    "json-activation-typo": [('"sigmoid"]', '"sigmod"]')],
    "json-comment": [('{\n', '{\n  // a comment\n')],
    "json-weights-row-long": [('"weights": [[[0.15, 0.2]', '"weights": [[[0.15, 0.2, 0.3]')],
    "json-targets-short": [('"targets": [0.01, 0.99]', '"targets": [0.01]')],
    "json-biases-count-extra": [('"biases": [0.35, 0.6]', '"biases": [0.35, 0.6, [1, 2]]')],
    "json-unicode-trailing-comma": [('"id": "net-2-2-2",', '"id": "net-2-2-2", "title": "½Σ(target − out)² — ünïcödé 🙂", "summary": ["x",],')],
}


def json_text():
    lines = ["{"]
    items = list(JSON_BASE.items())
    for i, (key, value) in enumerate(items):
        lines.append(f'  "{key}": {json.dumps(value)}' + ("," if i + 1 < len(items) else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(exist_ok=True)
    for name, (what, edits) in CASES.items():
        if isinstance(edits, str):
            text = edits
        else:
            text = BASE
            for old, new in edits:
                assert old in text, (name, old)
                text = text.replace(old, new, 1)
        header = "" if name in ("empty",) else f"# bad: {what}\n"
        (OUT / f"{name}.yaml").write_text(header + text if text or header else "", encoding="utf-8", newline="\n")
    for name, edits in JSON_CASES.items():
        text = json_text()
        for old, new in edits:
            assert old in text, (name, old)
            text = text.replace(old, new, 1)
        (OUT / f"{name}.json").write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
