#!/usr/bin/env python3
"""Every user-visible sentence goes through one translation mechanism (issue #17 item 8):
tr() inside Q_OBJECT classes, QCoreApplication::translate("Context", ...) everywhere else.
Fails on QObject::tr (context "QObject", from free functions) and on sentences written as
QStringLiteral, which lupdate never sees. A literal that is a file format or data, not a
sentence for people, carries the marker `// not translated: <why>` on its line."""
import pathlib, re, sys

root = pathlib.Path(sys.argv[1])
sentence = re.compile(r'QStringLiteral\("((?:[^"\\]|\\.)*)"')
words = re.compile(r'[a-z]{2,} [a-z]{2,}')
problems = []
for folder in ('core', 'ui', 'app'):
    for path in sorted((root / folder).rglob('*.cpp')):
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            where = f'{path.relative_to(root)}:{number}'
            if 'QObject::tr(' in line:
                problems.append(f'{where}: QObject::tr puts the text in context "QObject"; use tr() in the class '
                                f'or QCoreApplication::translate("Context", ...)')
            if '// not translated:' in line:
                continue
            for m in sentence.finditer(line):
                if words.search(m.group(1)):
                    problems.append(f'{where}: a sentence lupdate cannot see: QStringLiteral("{m.group(1)[:60]}")')
for p in problems:
    print(p)
print(f'{len(problems)} untranslatable sentence(s)' if problems else 'every sentence is translatable')
sys.exit(1 if problems else 0)
