#!/usr/bin/env python3
"""Helpers around the Qt Linguist files in translations/ (see translations/README.md).

  translations.py stats FILE.ts...            messages, finished, unfinished per file
  translations.py check FILE.ts...            finished translations keep %1/%n, & and HTML
  translations.py export FILE.ts [-o F.tsv]   unfinished messages as a TSV to fill in
  translations.py import FILE.ts F.tsv        filled TSV rows back into the .ts (checked)
  translations.py pseudo FILE.ts              every message translated as ⟦source⟧ (tests)

The TSV has one message per row: context, source, then one column per translation form
(one for most messages; a %n message has as many as the language has plural forms: two for
German, French and Spanish, one for Chinese). A context of * fills that source text in every
context. Newlines, tabs and backslashes are written \\n, \\t and \\\\.
Exit status: 0 when all is well, 1 when `stats` finds unfinished messages or `check`/`import`
find broken translations, 2 on bad usage.
"""

import argparse
import collections
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "en": 2, "zh": 1, "zh_CN": 1, "ja": 1, "ko": 1}
PLACEHOLDER = re.compile(r"%(?:L?\d+|n|[pvm](?![a-zA-Z]))")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
# An accelerator: & before a letter or digit, but not an entity (&amp;) nor an escaped &&.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;)(?=\w)")


def load(path):
    tree = ET.parse(path)
    return tree


def save(tree, path):
    root = tree.getroot()
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def language(tree):
    return tree.getroot().get("language", "")


def plural_forms(lang):
    return PLURAL_FORMS.get(lang, PLURAL_FORMS.get(lang.split("_")[0], 2))


def messages(tree):
    """(context name, message element) for every live message (not vanished/obsolete)."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            yield name, message


def forms_of(message):
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def is_finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") != "unfinished"


def set_forms(message, forms):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)


def problems(source, form, numerus):
    """What a translation breaks: placeholders, the accelerator, HTML tags."""
    found = []
    want = collections.Counter(PLACEHOLDER.findall(source))
    have = collections.Counter(PLACEHOLDER.findall(form))
    if numerus:
        # A language with one plural form may drop %n where it reads better without it
        # ("一个" ...) but never invent one; keep the other placeholders exact.
        want.pop("%n", None)
        have.pop("%n", None)
    if want != have:
        found.append("placeholders %s, expected %s" % (sorted(have.elements()), sorted(want.elements())))
    if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
        found.append("no & accelerator")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
        found.append("HTML tags differ")
    if not form.strip() and source.strip():
        found.append("empty")
    return found


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def cmd_stats(args):
    incomplete = False
    for path in args.files:
        tree = load(path)
        total = finished = 0
        unfinished = []
        for context, message in messages(tree):
            total += 1
            if is_finished(message):
                finished += 1
            else:
                unfinished.append((context, message.findtext("source", "")))
        vanished = sum(1 for t in tree.getroot().iter("translation") if t.get("type") in ("vanished", "obsolete"))
        print("%s (%s): %d messages, %d finished, %d unfinished%s"
              % (path, language(tree), total, finished, len(unfinished),
                 ", %d vanished kept for reuse" % vanished if vanished else ""))
        for context, source in unfinished[: args.list]:
            print("    unfinished  %s: %s" % (context, escape(source)[:100]))
        if len(unfinished) > args.list:
            print("    ... and %d more" % (len(unfinished) - args.list))
        incomplete = incomplete or bool(unfinished)
    return 1 if incomplete else 0


def cmd_check(args):
    bad = 0
    for path in args.files:
        tree = load(path)
        forms_wanted = plural_forms(language(tree))
        for context, message in messages(tree):
            if not is_finished(message):
                continue
            source = message.findtext("source", "")
            numerus = message.get("numerus") == "yes"
            forms = forms_of(message)
            issues = []
            if numerus and len(forms) != forms_wanted:
                issues.append("%d plural forms, expected %d" % (len(forms), forms_wanted))
            for form in forms:
                issues += problems(source, form, numerus)
            for issue in issues:
                bad += 1
                print("%s: %s: “%s”: %s" % (path, context, escape(source)[:80], issue))
    if bad:
        print("%d problem(s)" % bad)
    return 1 if bad else 0


def cmd_export(args):
    tree = load(args.file)
    forms = plural_forms(language(tree))
    seen = set()
    rows = []
    for context, message in messages(tree):
        if is_finished(message):
            continue
        source = message.findtext("source", "")
        key = "*" if args.by_source else context
        if (key, source) in seen:
            continue
        seen.add((key, source))
        count = forms if message.get("numerus") == "yes" else 1
        current = forms_of(message) if not args.blank else []
        current = (current + [""] * count)[:count]
        rows.append("\t".join([key, escape(source)] + [escape(c) for c in current]))
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    for row in rows:
        out.write(row + "\n")
    if args.output:
        out.close()
        print("%s: %d unfinished message(s) written to %s" % (args.file, len(rows), args.output),
              file=sys.stderr)
    return 0


def cmd_import(args):
    tree = load(args.file)
    forms_wanted = plural_forms(language(tree))
    table = {}
    with open(args.tsv, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) < 3:
                print("%s:%d: expected context, source and a translation" % (args.tsv, number))
                return 1
            table[(cells[0], unescape(cells[1]))] = ([unescape(c) for c in cells[2:]], number)
    filled = rejected = 0
    used = set()
    for context, message in messages(tree):
        source = message.findtext("source", "")
        key = (context, source) if (context, source) in table else ("*", source)
        if key not in table or (is_finished(message) and not args.overwrite):
            continue
        forms, number = table[key]
        used.add(key)
        forms = [f for f in forms if f != ""]
        if not forms:
            continue
        numerus = message.get("numerus") == "yes"
        issues = []
        if numerus and len(forms) != forms_wanted:
            issues.append("%d plural forms, expected %d" % (len(forms), forms_wanted))
        if not numerus and len(forms) != 1:
            issues.append("%d translations for a message without %%n" % len(forms))
        for form in forms:
            issues += problems(source, form, numerus)
        if issues:
            rejected += 1
            print("%s:%d: %s: “%s”: %s" % (args.tsv, number, context, escape(source)[:80],
                                            "; ".join(issues)))
            continue
        set_forms(message, forms)
        filled += 1
    for key, (_, number) in table.items():
        if key not in used:
            print("%s:%d: note: no unfinished message “%s” in %s"
                  % (args.tsv, number, escape(key[1])[:80], key[0]), file=sys.stderr)
    save(tree, args.file)
    print("%s: %d message(s) filled, %d rejected" % (args.file, filled, rejected))
    return 1 if rejected else 0


def cmd_pseudo(args):
    tree = load(args.file)
    tree.getroot().set("language", "en")
    for _, message in messages(tree):
        source = message.findtext("source", "")
        count = 2 if message.get("numerus") == "yes" else 1
        set_forms(message, ["⟦%s⟧" % source] * count)
    save(tree, args.file)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("stats")
    p.add_argument("files", nargs="+")
    p.add_argument("--list", type=int, default=20, help="unfinished messages to list per file")
    p.set_defaults(run=cmd_stats)
    p = sub.add_parser("check")
    p.add_argument("files", nargs="+")
    p.set_defaults(run=cmd_check)
    p = sub.add_parser("export")
    p.add_argument("file")
    p.add_argument("-o", "--output")
    p.add_argument("--by-source", action="store_true",
                   help="one row per source text (context *), filling it in every context")
    p.add_argument("--blank", action="store_true", help="leave lupdate's guesses out")
    p.set_defaults(run=cmd_export)
    p = sub.add_parser("import")
    p.add_argument("file")
    p.add_argument("tsv")
    p.add_argument("--overwrite", action="store_true", help="replace finished translations too")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("pseudo")
    p.add_argument("file")
    p.set_defaults(run=cmd_pseudo)
    args = parser.parse_args()
    sys.exit(args.run(args))


if __name__ == "__main__":
    main()
