#!/usr/bin/env python3
"""Lists hand-written C# files over the file limit and members (methods, constructors, local functions,
accessors, lambdas bodies counted with their member) over the method limit.

Usage: python3 .ci/sizes.py [--max-file 400] [--max-method 60] [folders…]   (default: src module tests)
Exit code 1 when anything is over. Generated code is left out: obj/bin/artifacts, EF migrations, and the
People API request classes (src/ContactSync.Google/Apis, copied from Google's generated client).
"""
import argparse
import os
import re
import sys

EXCLUDED_DIRS = {"obj", "bin", "artifacts", "node_modules", "Migrations"}
EXCLUDED_PREFIXES = ("src/ContactSync.Google/Apis/",)

# A member header: modifiers/return type/name(…) possibly ending the line, with the body's "{" on the next line
# (the house layout), or an expression body "=>" whose end is the first ";" at the header's indentation.
HEADER = re.compile(
    r"^(?P<indent>\s*)(?:(?:public|private|protected|internal|static|async|override|virtual|sealed|abstract|"
    r"extern|unsafe|new|partial|readonly|required|file)\s+)*[\w<>\[\],.?() ]+?\s+(?P<name>[A-Z]\w*)\s*(?:<[^>]*>)?\s*\(")
CTOR = re.compile(r"^(?P<indent>\s*)(?:public|private|protected|internal)\s+(?P<name>[A-Z]\w*)\s*\(")
TYPE = re.compile(r"\b(class|record|struct|interface|enum|delegate)\b")
KEYWORDS = {"if", "for", "foreach", "while", "switch", "using", "lock", "catch", "return", "await", "new", "throw", "else"}


def files(roots):
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if d not in EXCLUDED_DIRS]
            for name in names:
                path = os.path.join(folder, name).replace(os.sep, "/")
                if name.endswith(".cs") and not name.endswith((".g.cs", ".Designer.cs")) \
                        and not path.startswith(EXCLUDED_PREFIXES):
                    yield path


def members(lines):
    """Yields (name, first line, last line) of every block-bodied member and long expression-bodied member."""
    i = 0
    while i < len(lines):
        line = lines[i]
        match = HEADER.match(line) or CTOR.match(line)
        stripped = line.strip()
        if not match or stripped.split("(")[0].split()[-1] in KEYWORDS or stripped.startswith(("//", "*", "[")) \
                or TYPE.search(stripped.split("(")[0]):
            i += 1
            continue
        indent = match.group("indent")
        # Find where the header ends: the body's "{" alone at the same indentation, or "=>" (expression body).
        j = i
        while j < len(lines) and j < i + 15:
            text = lines[j].rstrip()
            if text == indent + "{":
                end = j + 1
                while end < len(lines) and lines[end].rstrip() != indent + "}":
                    end += 1
                yield match.group("name"), i + 1, end + 1
                i = end
                break
            if "=>" in text and not text.strip().startswith("//"):
                end = j
                while end < len(lines) and not lines[end].rstrip().endswith(";"):
                    end += 1
                yield match.group("name"), i + 1, end + 1
                i = end
                break
            if text.endswith(";") or text.endswith("}"):
                break
            j += 1
        i += 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-file", type=int, default=400)
    parser.add_argument("--max-method", type=int, default=60)
    parser.add_argument("roots", nargs="*", default=["src", "module", "tests"])
    args = parser.parse_args()
    over = 0
    for path in sorted(files(args.roots)):
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().split("\n")
        count = len(lines) - (1 if lines and lines[-1] == "" else 0)
        if count > args.max_file:
            print(f"file   {count:5} {path}")
            over += 1
        for name, start, end in members(lines):
            length = end - start + 1
            if length > args.max_method:
                print(f"method {length:5} {path}:{start} {name}")
                over += 1
    print(f"{over} over (files > {args.max_file} lines, methods > {args.max_method} lines)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
