#!/usr/bin/env python3
"""Runs the README's C# snippets and compares what they print with the text block after each.

Every ```csharp block that is followed by a ```text block is run, in order, in one file-based app that references
the library and exports projects: the README's `using` lines first, then each snippet in its own block scope, preceded by
`var edition = KazChinaEdition.Current;` (the README's own opening line for the query sections) unless the snippet
declares `edition` itself. A snippet without a text block after it is compiled the same way, so it cannot rot
either. `--update` writes the real output into the README's text blocks instead of comparing.
"""
import os
import re
import subprocess
import sys
import tempfile

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
readme_path = os.path.join(repo, "README.md")
update = "--update" in sys.argv[1:]
text = open(readme_path, encoding="utf-8").read()

fence = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)
blocks = list(fence.finditer(text))
snippets = []  # (csharp code, the text block's match or None)
for i, block in enumerate(blocks):
    if block.group(1) != "csharp":
        continue
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    output = following if following and following.group(1) == "text" and following.start() == block.end() else None
    snippets.append((block.group(2), output))

usings, bodies = set(), []
marker = "@@snippet {}@@"
for n, (code, _) in enumerate(snippets):
    lines = code.splitlines()
    using_lines = [re.match(r"^(using [\w.]+;)\s*(//.*)?$", line.strip()) for line in lines]
    usings.update(m.group(1) for m in using_lines if m)
    body = "\n".join(line for line, m in zip(lines, using_lines) if not m)
    declares_edition = re.search(r"\b(var|KazChinaEdition)\s+edition\s*=", body) is not None
    prelude = "" if declares_edition else "var edition = KazChinaEdition.Current;\n"
    bodies.append(f'Console.WriteLine("{marker.format(n)}");\n{{\n{prelude}{body}\n}}\n')

program = f"#:project {os.path.join(repo, 'src', 'KazChina.Model', 'KazChina.Model.csproj')}\n"
program += f"#:project {os.path.join(repo, 'src', 'KazChina.Model.Exports', 'KazChina.Model.Exports.csproj')}\n"
program += "#:property PublishAot=false\n"
program += "\n".join(sorted(usings | {"using System;", "using System.Linq;", "using KazChina.Model;"})) + "\n\n"
program += "\n".join(bodies)

with tempfile.TemporaryDirectory() as work:
    source = os.path.join(work, "readme-snippets.cs")
    open(source, "w", encoding="utf-8").write(program)
    run = subprocess.run(["dotnet", "run", source], cwd=work, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stdout.write(run.stdout[-6000:] + run.stderr[-6000:])
        print("README snippets: the snippets did not compile or run (numbered in order from 0)")
        sys.exit(1)

outputs = re.split(r"^@@snippet (\d+)@@\n", run.stdout, flags=re.M)
printed = {int(outputs[i]): outputs[i + 1] for i in range(1, len(outputs), 2)}
failures, replacements = [], []
for n, (code, output) in enumerate(snippets):
    if output is None:
        continue
    expected, actual = output.group(2), printed.get(n, "")
    if expected != actual:
        failures.append((n, code.splitlines()[0], expected, actual))
        replacements.append((output.start(2), output.end(2), actual))

if update:
    for start, end, actual in sorted(replacements, reverse=True):
        text = text[:start] + actual + text[end:]
    open(readme_path, "w", encoding="utf-8").write(text)
    print(f"README snippets: {len(replacements)} text block(s) rewritten")
    sys.exit(0)

for n, first, expected, actual in failures:
    print(f"--- snippet {n} ({first!r}) prints something else than the README says:")
    expected_lines, actual_lines = expected.splitlines(), actual.splitlines()
    for e, a in zip(expected_lines + [""] * len(actual_lines), actual_lines + [""] * len(expected_lines)):
        if e != a:
            print(f"README: {e}\nprints: {a}")
            break
print(f"README snippets: {len(snippets)} compiled and ran, {sum(1 for _, o in snippets if o)} outputs compared, {len(failures)} differ")
sys.exit(1 if failures else 0)
