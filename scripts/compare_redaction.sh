#!/usr/bin/env bash
# Compares the redaction engine at two commits on the same generated input, for changes that
# must not change what is redacted (speed work): prints the lines whose redacted text or
# findings differ, and their count. Exits 1 if any differ.
#
#   scripts/compare_redaction.sh BASE [HEAD]     (HEAD defaults to HEAD)
#
# Prints the first 20 differing lines, or as many as SHOW says (SHOW=all for every one), then
# every value (a run of bytes) that BASE redacted and HEAD leaves, and that HEAD redacts and BASE
# left, with how often.
#
# The input: every corpus message, 60,000 lines made from them (two joined, a random slice,
# lower- or upper-cased, three bytes changed, words shuffled; those with an apostrophe again
# with the typographic one), and 400 documents of 20-120 of those lines, seeded, so both
# commits see the same text.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${1:?usage: compare_redaction.sh BASE [HEAD]}
HEAD=${2:-HEAD}
work=$(mktemp -d)
cleanup() {
    git -C "$ROOT" worktree remove --force "$work/base" 2>/dev/null || true
    git -C "$ROOT" worktree remove --force "$work/head" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

python3 - "$ROOT/shared/tests/corpus/uk_chat.txt" "$work/input.txt" <<'PY'
import random, re, sys
random.seed(7)
messages = [re.sub(r'\{[^|}]*\|([^}]*)\}', r'\1', l.rstrip('\n'))
            for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
words = ' '.join(messages).replace('\\n', ' ').split(' ')
lines = list(messages)
for _ in range(60000):
    k = random.random()
    m = random.choice(messages)
    if k < 0.3:
        lines.append(m + random.choice([' ', '\\n', ', ', '. ']) + random.choice(messages))
    elif k < 0.5:
        a = random.randrange(len(m) + 1)
        lines.append(m[a:random.randrange(a, len(m) + 1)])
    elif k < 0.7:
        lines.append(' '.join(random.choice(words) for _ in range(random.randint(1, 14))))
    elif k < 0.8:
        lines.append(m.lower())
    elif k < 0.9:
        lines.append(m.upper())
    else:
        chars = list(m)
        for _ in range(3):
            if chars:
                chars[random.randrange(len(chars))] = random.choice(' ,.:-0123456789Aa\'')
        lines.append(''.join(chars))
# As phones type them: every line with an apostrophe again with the typographic one.
lines += [l.replace("'", '\u2019') for l in lines if "'" in l]
documents = ['\\n'.join(random.choice(lines) for _ in range(random.randint(20, 120))) for _ in range(400)]
open(sys.argv[2], 'w').write('\n'.join(lines + documents) + '\n')
PY

# One line out per line in: the redacted text and the findings (`\n` in the input is a newline).
example='use std::io::BufRead;
fn main() {
    let redactor = shared::redact::Redactor::default();
    for line in std::io::stdin().lock().lines() {
        let text = line.expect("input is UTF-8").replace("\\n", "\n");
        let r = redactor.redact(&text);
        let findings: Vec<String> = r.findings.iter().map(|f| format!("{}:{}-{}", f.entity.name(), f.start, f.end)).collect();
        println!("{}\t{}", r.text.replace(char::from(10), "\\n"), findings.join(","));
    }
}'

for side in base head; do
    rev=$BASE
    [[ $side == head ]] && rev=$HEAD
    git -C "$ROOT" worktree add --quiet --detach "$work/$side" "$rev"
    mkdir -p "$work/$side/shared/examples"
    printf '%s\n' "$example" > "$work/$side/shared/examples/redact_lines.rs"
    (cd "$work/$side" && CARGO_TARGET_DIR="$ROOT/target/compare" cargo build --quiet -p shared --example redact_lines)
    "$ROOT/target/compare/debug/examples/redact_lines" < "$work/input.txt" > "$work/$side.out"
done

SHOW=${SHOW:-20}
[[ $SHOW == all ]] && SHOW=-1
status=0
paste -d '\n' "$work/input.txt" "$work/base.out" "$work/head.out" | awk -v show="$SHOW" '
    NR % 3 == 1 { input = $0 }
    NR % 3 == 2 { base = $0 }
    NR % 3 == 0 && base != $0 { n++; if (show < 0 || n <= show) print "input: " input "\nbase:  " base "\nhead:  " $0 "\n" }
    END { print n + 0 " of " NR / 3 " lines differ"; exit (n > 0) }' || status=$?

# What BASE redacted and HEAD leaves: a change to a recognizer may lose a value another
# finding covered before ("Hall" in "priya patel Name's Amy Hall" once). Then what HEAD
# redacts and BASE left, to read a recognizer's change by. Each run of such bytes (without
# the white space around it), with how many lines have it.
python3 - "$work/input.txt" "$work/base.out" "$work/head.out" <<'PY'
import collections, sys
inputs, bases, heads = (open(f, encoding='utf-8').read().split('\n') for f in sys.argv[1:])
def covered(line):
    spans = line.rsplit('\t', 1)[-1]
    return {p for s in spans.split(',') if s for a, z in [s.split(':')[1].split('-')] for p in range(int(a), int(z))}
left, added = collections.Counter(), collections.Counter()
for text, base, head in zip(inputs, bases, heads):
    if base == head:
        continue
    b = text.replace('\\n', '\n').encode()
    for counter, only in ((left, covered(base) - covered(head)), (added, covered(head) - covered(base))):
        runs = []
        for p in sorted(only):
            if runs and p == runs[-1][1] + 1:
                runs[-1][1] = p
            else:
                runs.append([p, p])
        for a, z in runs:
            value = b[a:z + 1].decode(errors='replace').strip()
            if value:
                counter[value] += 1
for title, counter in (("redacted by BASE, left by HEAD", left), ("redacted by HEAD, left by BASE", added)):
    print(f"{title}: {sum(counter.values())}")
    for value, n in counter.most_common(30):
        print(f"{n:6} {value!r}")
PY
exit "$status"
