#!/usr/bin/env python3
"""make-corpus.py — writes tests/invalid/rules/RULE.xml, one invalid plan per
rule, from base-plan.xml.in and the changes in mutations.tsv (see there).
Run it after changing either; then check the diagnostics by hand and update
RULE.expected (tests/cli/rules_corpus.sh compares them)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# A history of 518 words, for LENGTH-001 (the limit is about 500).
HISTORY = "<p>" + " ".join(["Sam enjoyed the school trip to the farm and talked about it for weeks."] * 37) + "</p>"


def expand(text):
    return text.replace("\\n", "\n").replace("@HISTORY@", HISTORY)


def main():
    base = open(os.path.join(HERE, "base-plan.xml.in"), encoding="utf-8").read()
    plans = {}
    for line in open(os.path.join(HERE, "mutations.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        rule, find, replace = line.split("\t")
        text = plans.get(rule, base)
        if find != "@NONE@":
            find = expand(find)
            if text.count(find) != 1:
                sys.exit("%s: %r occurs %d times" % (rule, find[:60], text.count(find)))
            text = text.replace(find, expand(replace))
        plans[rule] = text
    for rule, text in plans.items():
        text = text.replace("The base of the rule corpus", "Corpus plan for %s, made from the base" % rule, 1)
        with open(os.path.join(HERE, rule + ".xml"), "w", encoding="utf-8") as f:
            f.write(text)
    print("%d plans written" % len(plans))


if __name__ == "__main__":
    main()
