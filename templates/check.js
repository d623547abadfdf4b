// Check your numbers: a lesson page's own script (no framework, no network). It reads the page's answers
// (<script type="application/json" id="answer-key">, written by the engine) and, when the reader turns the mode on,
// puts a box under each step's result where they type their own number. The number is judged as the engine's marker
// (src/Explainer/Checking/Marker.cs) judges it, at the precision it is written: right when the exact value is within
// half a unit of its last significant digit, rounding (≈) within one and a half units, a written zero right within
// the zero tolerance of a value that close to zero; a wrong number that matches a catalogued mistake's value names
// the mistake. Every comparison is decimal arithmetic on BigInt (value = c × 10^e), never floating point.
// Without this script the page shows everything it shows with it; the script only adds the boxes.
(function () {
  "use strict";

  var source = document.getElementById("answer-key");
  if (!source || typeof BigInt !== "function" || !document.querySelector) {
    return;
  }

  var key;
  try {
    key = JSON.parse(source.textContent);
  } catch (e) {
    return;
  }

  // Every visible sentence comes from the page's string table, embedded with the answers (key.strings: check.* of
  // templates/strings/LANGUAGE.yaml, placeholders %{name}).
  function s(name, args) {
    var text = key.strings[name];
    if (typeof text !== "string") {
      throw new Error("check.js: the string " + name + " is missing from the page's answer key");
    }
    return text.replace(/%\{([A-Za-z_][A-Za-z0-9_]*)\}/g, function (_, n) { return String(args[n]); });
  }

  // The id of the catalogue's "cut off, not rounded" mistake (MistakeCatalogue.Truncated).
  var TRUNCATED = "truncated";
  var TEN = BigInt(10);
  var ZERO = { c: BigInt(0), e: 0 };

  function pow10(n) {
    return TEN ** BigInt(n);
  }

  // A decimal text as written by the engine ("-0.0821670", "1.75e-25", "123") → { c, e } with value c × 10^e.
  function decimal(text) {
    var m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
    if (!m || (m[2] + (m[3] || "")).length === 0) {
      throw new Error("not a decimal: " + text);
    }
    var frac = m[3] || "";
    var c = BigInt(m[2] + frac);
    return { c: m[1] === "-" ? -c : c, e: (m[4] ? parseInt(m[4], 10) : 0) - frac.length };
  }

  // The engine's value: a decimal, or a proven enclosure "[a, b]" when its digits cannot be decided.
  function interval(text) {
    var t = text.trim();
    if (t.charAt(0) === "[") {
      var parts = t.slice(1, -1).split(",");
      return { lo: decimal(parts[0]), hi: decimal(parts[1]), decided: false };
    }
    var d = decimal(t);
    return { lo: d, hi: d, decided: true };
  }

  function align(a, b) {
    var e = Math.min(a.e, b.e);
    return [a.c * pow10(a.e - e), b.c * pow10(b.e - e), e];
  }

  function sub(a, b) {
    var x = align(a, b);
    return { c: x[0] - x[1], e: x[2] };
  }

  function cmp(a, b) {
    var x = align(a, b);
    return x[0] < x[1] ? -1 : x[0] > x[1] ? 1 : 0;
  }

  function neg(a) {
    return { c: -a.c, e: a.e };
  }

  // Whether |value − b| ≤ bound may hold: an enclosure counts when any of it is within (the marker counts undecided as yes).
  function within(value, b, bound) {
    return cmp(sub(value.lo, b), bound) <= 0 && cmp(sub(value.hi, b), neg(bound)) >= 0;
  }

  function point(d) {
    return { lo: d, hi: d, decided: true };
  }

  var tolerance = decimal(key.zeroTolerance);

  // A number as the learner wrote it, read as GivenNumber.TryParse reads it; null when it is not one.
  function given(text) {
    var t = text.trim();
    var at = t.search(/[eE]/);
    var mantissa = at < 0 ? t : t.slice(0, at);
    var exponent = 0;
    if (at >= 0) {
      var exponentText = t.slice(at + 1);
      if (!/^[+-]?\d+$/.test(exponentText)) {
        return null;
      }
      exponent = parseInt(exponentText, 10);
    }
    var digits = mantissa.replace(/^[+-]+/, "");
    if (digits.length === 0 || digits.split(".").length > 2 || !/^[\d.]*$/.test(digits) || !/\d/.test(digits)
      || mantissa.length - digits.length > 1 || Math.abs(exponent) > 10000) {
      return null;
    }
    var dot = digits.indexOf(".");
    var whole = dot < 0 ? digits : digits.slice(0, dot);
    var fraction = dot < 0 ? "" : digits.slice(dot + 1);
    var all = whole + fraction;
    var c = BigInt(all);
    var value = { c: mantissa.charAt(0) === "-" ? -c : c, e: exponent - fraction.length };
    var first = all.search(/[1-9]/);
    if (first < 0) {
      return { text: text, value: value, significant: 0, power: 0, zero: true };
    }
    var significant = all.length - first;
    var power = whole.length - 1 - first + exponent;
    return { text: text, value: value, significant: significant, power: power, zero: false, unit: power - significant + 1 };
  }

  function isZeroValue(value) {
    return value.decided && value.lo.c === BigInt(0);
  }

  function nearZero(value) {
    return within(value, ZERO, tolerance);
  }

  // The marker's IsDecided: the sign is known and the value is not within one unit of the learner's last digit of zero.
  function isDecided(value, number) {
    var sign = value.lo.c > 0 && value.hi.c > 0 ? 1 : value.lo.c < 0 && value.hi.c < 0 ? -1 : 0;
    return !number.zero && sign !== 0 && !within(value, ZERO, { c: BigInt(1), e: number.unit });
  }

  // How close the number is to the value, in units of its last digit: "equal" (within ½), "last" (within 1½) or "far".
  function closeness(value, number) {
    if (nearZero(value) && within(point(number.value), ZERO, tolerance)) {
      return "equal";
    }
    if (number.zero) {
      return "far";
    }
    return within(value, number.value, { c: BigInt(5), e: number.unit - 1 }) ? "equal"
      : within(value, number.value, { c: BigInt(15), e: number.unit - 1 }) ? "last"
        : "far";
  }

  // Digits d1d2… with d1 at 10^exponent, laid out as the engine lays them out (DecimalText.Layout).
  function layout(negative, digits, exponent, allowPadding) {
    var length = digits.length;
    var maxExponent = allowPadding ? Math.max(length - 1, 20) : length - 1;
    var text;
    if (exponent >= -7 && exponent <= maxExponent) {
      text = exponent < 0 ? "0." + "0".repeat(-exponent - 1) + digits
        : exponent + 1 >= length ? digits + "0".repeat(exponent + 1 - length)
          : digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
    } else {
      text = digits.charAt(0) + (length > 1 ? "." + digits.slice(1) : "") + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }
    return (negative ? "-" : "") + text;
  }

  // The value to d significant digits, rounded half-even; a value whose text is exact and short enough is shown as it is.
  function format(d, digitsCount, exactText) {
    var negative = d.c < BigInt(0);
    var text = (negative ? -d.c : d.c).toString();
    var e = d.e;
    if (exactText) {
      while (text.length > 1 && text.charAt(text.length - 1) === "0") {
        text = text.slice(0, -1);
        e++;
      }
    }
    var first = e + text.length - 1;
    var drop = text.length - digitsCount;
    if (drop <= 0) {
      return layout(negative, text, first, exactText);
    }
    var kept = BigInt(text.slice(0, digitsCount));
    var rest = BigInt(text.slice(digitsCount));
    var half = BigInt(5) * pow10(drop - 1);
    if (rest > half || (rest === half && kept % BigInt(2) === BigInt(1))) {
      kept += BigInt(1);
    }
    var rounded = kept.toString();
    if (rounded.length > digitsCount) {
      rounded = rounded.slice(0, digitsCount);
      first++;
    }
    return layout(negative, rounded, first, false);
  }

  // The exact value at the precision the learner wrote (the marker's Expected).
  function expected(value, number, exactText) {
    if (nearZero(value) && !isZeroValue(value) && (number.zero || !isDecided(value, number))) {
      return "0";
    }
    if (isZeroValue(value)) {
      return "0";
    }
    return format(value.lo, Math.max(1, number.zero ? 3 : number.significant), exactText);
  }

  // c / d rounded half-even to an integer.
  function divideHalfEven(c, d) {
    var q = c / d;
    var r = c % d;
    var twice = (r < BigInt(0) ? -r : r) * BigInt(2);
    if (twice > d || (twice === d && (q % BigInt(2)) !== BigInt(0))) {
      q += c < BigInt(0) ? BigInt(-1) : BigInt(1);
    }
    return q;
  }

  // Whether the number is the value cut off (not rounded) at its last digit (the marker's Truncate).
  function isCutOff(value, number) {
    var shift = value.lo.e - number.unit + 3;
    var scaled = shift >= 0 ? value.lo.c * pow10(shift) : divideHalfEven(value.lo.c, pow10(-shift));
    return cmp({ c: scaled / BigInt(1000), e: number.unit }, number.value) === 0;
  }

  // How many leading significant digits of the number are right (the marker's RightDigits).
  function rightDigits(value, number) {
    for (var k = number.significant - 1; k >= 1; k--) {
      if (within(value, number.value, { c: BigInt(5), e: number.power - k })) {
        return k;
      }
    }
    return 0;
  }

  function precision(number) {
    return number.zero ? s("precision", {}) : s(number.significant === 1 ? "digit" : "digits", { count: number.significant });
  }

  function capitalised(text) {
    return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
  }

  // Judges one number against a step's answer: { verdict, mistake, expected, message }.
  function judge(step, text) {
    var number = text.trim().length === 0 ? null : given(text);
    if (!number) {
      return { verdict: "unknown", mistake: "", expected: "", message: s("not_a_number", { text: text }) };
    }
    var value = interval(step.exact);
    var shown = expected(value, number, step.exactText);
    var at = s("at", { expected: shown, precision: precision(number) });
    var close = closeness(value, number);
    if (close === "equal") {
      var near = number.zero || (nearZero(value) && !isDecided(value, number));
      return { verdict: "correct", mistake: "", expected: shown, message: near ? s("near_zero", { tolerance: key.zeroTolerance }) : s("right", {}) };
    }
    if (close === "last") {
      var cut = isCutOff(value, number);
      return { verdict: "rounding", mistake: cut ? TRUNCATED : "", expected: shown, message: s(cut ? "cut_off" : "off_by_one", { at: at }) };
    }
    for (var i = 0; i < step.mistakes.length; i++) {
      var candidate = step.mistakes[i];
      if (closeness(interval(candidate.value), number) !== "far") {
        var mistake = key.mistakes[candidate.id];
        return { verdict: mistake.verdict, mistake: candidate.id, title: mistake.title, expected: shown, message: s("mistake", { explanation: capitalised(mistake.explanation), at: at }) };
      }
    }
    var right = rightDigits(value, number);
    var message = right === 0 ? at : s(right === 1 ? "first_right_one" : "first_right_many", { at: at, count: right });
    return { verdict: "wrong", mistake: "", expected: shown, message: message };
  }

  var words = {
    correct: ["✓", s("correct", {})],
    rounding: ["≈", s("rounding", {})],
    wrong: ["✗", s("wrong", {})],
    unknown: ["?", s("unknown", {})],
  };

  function show(output, result) {
    var word = words[result.verdict];
    output.textContent = "";
    output.setAttribute("data-verdict", result.verdict);
    output.setAttribute("data-mistake", result.mistake);
    output.setAttribute("data-expected", result.expected);
    var icon = document.createElement("span");
    icon.className = "verdict-icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = word[0];
    var strong = document.createElement("strong");
    strong.textContent = result.title ? s("verdict_titled", { word: word[1], title: result.title }) : s("verdict", { word: word[1] });
    output.appendChild(icon);
    output.appendChild(document.createTextNode(" "));
    output.appendChild(strong);
    output.appendChild(document.createTextNode(s("sentence", { text: result.message })));
  }

  function form(step) {
    var id = "check-" + step.anchor;
    var box = document.createElement("form");
    box.className = "check";
    box.setAttribute("data-anchor", step.anchor);
    box.setAttribute("novalidate", "");
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = s("your_value", { label: step.label });
    var input = document.createElement("input");
    input.id = id;
    input.type = "text";
    input.inputMode = "decimal";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.size = 16;
    input.setAttribute("aria-describedby", "verdict-" + step.anchor);
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = s("button", {});
    var output = document.createElement("p");
    output.className = "verdict";
    output.id = "verdict-" + step.anchor;
    output.setAttribute("role", "status");
    output.setAttribute("aria-live", "polite");
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(button);
    box.appendChild(output);
    box.addEventListener("submit", function (event) {
      event.preventDefault();
      show(output, judge(step, input.value));
    });
    return box;
  }

  // The result of a step is its display formula, right after the paragraph that holds the step's anchor.
  function place(step) {
    var anchor = document.getElementById(step.anchor);
    if (!anchor || !anchor.parentElement) {
      return null;
    }
    var block = anchor.parentElement;
    var after = block.nextElementSibling && block.nextElementSibling.classList.contains("math-display") ? block.nextElementSibling : block;
    var box = form(step);
    after.insertAdjacentElement("afterend", box);
    return box;
  }

  var heading = document.querySelector("main h1");
  if (!heading) {
    return;
  }

  var panel = document.createElement("div");
  panel.className = "check-panel";
  var toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "check-toggle";
  toggle.setAttribute("aria-pressed", "false");
  toggle.textContent = s("toggle", {});
  var help = document.createElement("p");
  help.className = "check-help";
  help.hidden = true;
  help.textContent = s("help", {});
  panel.appendChild(toggle);
  panel.appendChild(help);
  heading.insertAdjacentElement("afterend", panel);

  var boxes = null;
  toggle.addEventListener("click", function () {
    var on = toggle.getAttribute("aria-pressed") !== "true";
    if (boxes === null) {
      boxes = key.steps.map(place).filter(function (b) { return b !== null; });
    }
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
    help.hidden = !on;
    boxes.forEach(function (b) { b.hidden = !on; });
  });
})();
