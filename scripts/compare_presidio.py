"""Scores Microsoft Presidio's pattern recognizers on the project's labelled corpus.

Run with scripts/compare_presidio.sh (it installs Presidio in a venv under .tools/). Only the
recognizers that work offline run: Presidio's pattern and validator recognizers, without spaCy
NER (names and addresses need a language model, which cannot be downloaded here). Scoring is
the same as the Rust corpus test: a prediction is right when it overlaps a gold span of its
type. Presidio's DATE_TIME (any date) is scored as DOB.
"""

import re
import sys
import time
from collections import defaultdict

from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer, DateRecognizer, EmailRecognizer, IbanRecognizer, IpRecognizer, PhoneRecognizer,
    UkDrivingLicenceRecognizer, NhsRecognizer, UkNinoRecognizer, UkPassportRecognizer, UkPostcodeRecognizer,
    UrlRecognizer,
)

TYPES = {
    "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "CREDIT_CARD": "CARD", "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP", "URL": "URL", "UK_NHS": "NHS", "UK_NINO": "NINO", "UK_PASSPORT": "PASSPORT",
    "UK_POSTCODE": "POSTCODE", "UK_DRIVING_LICENCE": "DRIVING_LICENCE", "DATE_TIME": "DOB",
}

MARK = re.compile(r"\{([A-Z_]+)\|([^}]*)\}")


def parse(line):
    line = line.replace("\\n", "\n")
    text, gold, last = "", [], 0
    for m in MARK.finditer(line):
        text += line[last:m.start()]
        gold.append((m.group(1), len(text), len(text) + len(m.group(2))))
        text += m.group(2)
        last = m.end()
    return text + line[last:], gold


def main(corpus_path):
    messages = [parse(l) for l in open(corpus_path, encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
    recognizers = [
        CreditCardRecognizer(), DateRecognizer(), EmailRecognizer(), IbanRecognizer(), IpRecognizer(),
        PhoneRecognizer(supported_regions=("GB", "IE", "FR", "DE", "US")), UrlRecognizer(),
        NhsRecognizer(), UkNinoRecognizer(), UkPassportRecognizer(), UkPostcodeRecognizer(),
        UkDrivingLicenceRecognizer(),
    ]
    started = time.perf_counter()
    predictions = []
    for text, _ in messages:
        found = []
        for r in recognizers:
            for res in r.analyze(text, r.supported_entities, None) or []:
                if res.entity_type in TYPES:
                    found.append((TYPES[res.entity_type], res.start, res.end))
        predictions.append(found)
    elapsed = time.perf_counter() - started
    size = sum(len(t.encode()) for t, _ in messages)

    score = defaultdict(lambda: [0, 0, 0, 0])  # tp_pred, pred, tp_gold, gold
    clean = altered = 0
    for (text, gold), found in zip(messages, predictions):
        if not gold:
            clean += 1
            altered += bool(found)
        for t, s, e in found:
            score[t][1] += 1
            score[t][0] += any(g[0] == t and g[1] < e and s < g[2] for g in gold)
        for t, s, e in gold:
            score[t][3] += 1
            score[t][2] += any(f[0] == t and f[1] < e and s < f[2] for f in found)

    def pr(s):
        return (s[0] / s[1] if s[1] else 1.0, s[2] / s[3] if s[3] else 1.0)

    total = [0, 0, 0, 0]
    print(f"{'type':<16} {'gold':>5} {'precision':>9} {'recall':>7}")
    for t in sorted(score):
        p, r = pr(score[t])
        print(f"{t:<16} {score[t][3]:>5} {p:>9.3f} {r:>7.3f}")
        total = [a + b for a, b in zip(total, score[t])]
    p, r = pr(total)
    print(f"{'overall':<16} {total[3]:>5} {p:>9.3f} {r:>7.3f}")
    covered = set(TYPES.values())
    shared_total = [sum(score[t][i] for t in score if t in covered) for i in range(4)]
    p, r = pr(shared_total)
    print(f"{'overall, types Presidio covers':<16} {shared_total[3]:>5} {p:>9.3f} {r:>7.3f}")
    print(f"PII-free messages altered: {altered} of {clean}")
    print(f"throughput: {size / elapsed / 1e6:.3f} MB/s ({len(messages)} messages, {elapsed:.2f} s)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "shared/tests/corpus/uk_chat.txt")
