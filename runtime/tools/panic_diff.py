#!/usr/bin/env python3
"""Differential test of defer/panic/recover against gc.

Generates random Go programs of nested functions whose statements print,
call deeper functions, defer closures (nested up to three deep), panic,
and call recover() inside and outside deferred calls; builds each with
`goscape build` and with Go 1.19, and compares stdout, the exit status and
the panic report up to "goroutine 1 [running]:".

  runtime/tools/panic_diff.py --goscape build/bin/goscape --count 150
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile


def generate(seed):
    rng = random.Random(seed)
    nfuncs = rng.randint(3, 6)
    counter = [0]

    def value():
        counter[0] += 1
        return f'"v{counter[0]}"'

    def statements(i, depth, in_defer):
        out = []
        for _ in range(rng.randint(1, 4)):
            c = rng.random()
            if c < 0.2:
                out.append(f'fmt.Println("f{i}", {value()})')
            elif c < 0.4 and i + 1 < nfuncs:
                out.append(f'f{rng.randint(i + 1, nfuncs - 1)}()')
            elif c < 0.6 and depth < 3:
                body = statements(i, depth + 1, True)
                out.append('defer func() {\n' + '\n'.join(body) + '\n}()')
            elif c < 0.78 and in_defer:
                out.append(f'if r := recover(); r != nil {{ '
                           f'fmt.Println("recovered in f{i}:", r) }} else {{ '
                           f'fmt.Println("nothing in f{i}") }}')
            elif c < 0.9:
                out.append(f'if cnt{i} < 3 {{ cnt{i}++; panic({value()}) }}')
            elif c < 0.95:
                out.append(f'fmt.Println("recover outside f{i}:", recover())')
            else:
                out.append(f'fmt.Println("end f{i}")')
        return out

    src = ['package main', '', 'import "fmt"', '']
    for i in range(nfuncs):
        src.append(f'var cnt{i} int')
        src.append(f'func f{i}() {{')
        src += statements(i, 0, False)
        src.append('}')
    src.append('func main() {')
    if rng.random() < 0.5:
        src.append('defer func() { fmt.Println("main recovered:", '
                   'recover()) }()')
    src += ['f0()', 'fmt.Println("main done")', '}']
    return '\n'.join(src) + '\n'


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def panic_head(err):
    text = err.decode(errors='replace')
    mark = 'goroutine 1 [running]:'
    return text[:text.index(mark) + len(mark)] if mark in text else text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--goscape', required=True)
    ap.add_argument('--go', default='/usr/lib/go-1.19/bin/go')
    ap.add_argument('--count', type=int, default=100)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--opt', default='-O2')
    args = ap.parse_args()
    env = dict(os.environ, GO111MODULE='off',
               GOCACHE=os.environ.get('GOCACHE', '/tmp/gocache-panic-diff'))
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.seed, args.seed + args.count):
            src = os.path.join(tmp, f'p{seed}.go')
            with open(src, 'w') as f:
                f.write(generate(seed))
            gobin, gsbin = src + '.go.bin', src + '.gs.bin'
            subprocess.run([args.go, 'build', '-o', gobin, src], env=env,
                           check=True, capture_output=True)
            subprocess.run([args.goscape, 'build', args.opt, '-o', gsbin,
                            src], check=True, capture_output=True)
            want = run([gobin], tmp)
            got = run([gsbin], tmp)
            if (want[0], want[1], panic_head(want[2])) != \
               (got[0], got[1], panic_head(got[2])):
                failures += 1
                print(f'seed {seed}: differs (exit {want[0]} vs {got[0]})')
    print(f'{args.count} programs, {failures} differ')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
