#!/usr/bin/env python3
"""Every setting the window keeps is defined once, in ui/settings.h, and documented in the
README's "Settings" table (which says so). Fails on a key defined there and missing from
the table, on a key in the table that settings.h does not define, and on a QSettings key
written as a raw literal anywhere else in ui/ or app/."""
import pathlib, re, sys

root = pathlib.Path(sys.argv[1])
header = (root / 'ui/settings.h').read_text(encoding='utf-8')
defined = re.findall(r'SettingValue<[^>]*>[^{;]*\{\s*return \{QStringLiteral\("([^"]+)"\)', header)
problems = []
if len(defined) < 10:
    problems.append(f'ui/settings.h: found only {len(defined)} settings; has the way they are written changed?')

readme = (root / 'README.md').read_text(encoding='utf-8')
start = readme.find('| key | what | default |')
if start < 0:
    problems.append('README.md: the settings table ("| key | what | default |") is gone')
    table = ''
else:
    lines = []
    for line in readme[start:].splitlines():
        if not line.startswith('|'):
            break
        lines.append(line)
    table = '\n'.join(lines)
# `window/header/VIEW` stands for the key made of the prefix and a view's name.
documented = [k.replace('VIEW', '') for k in re.findall(r'`([a-zA-Z]+/[a-zA-Z/]+)`', table)]
for key in defined:
    if key not in documented:
        problems.append(f'README.md: the settings table lacks `{key}` (ui/settings.h defines it)')
for key in documented:
    if key not in defined:
        problems.append(f'README.md: the settings table lists `{key}`, which ui/settings.h does not define')

raw = re.compile(r'\.(?:value|setValue|contains|remove)\(QStringLiteral\("[a-zA-Z]+/')
for folder in ('ui', 'app'):
    for path in sorted((root / folder).rglob('*.cpp')) + sorted((root / folder).rglob('*.h')):
        if path.name == 'settings.h':
            continue
        for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            if raw.search(line):
                problems.append(f'{path.relative_to(root)}:{number}: a settings key written in place; define it in ui/settings.h')
for p in problems:
    print(p)
print(f'{len(problems)} problem(s)' if problems else f'{len(defined)} settings, each defined once and documented')
sys.exit(1 if problems else 0)
