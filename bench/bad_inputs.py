#!/usr/bin/env python3
"""Bounded resources on hostile input (issue 7): time per MB and peak memory per input byte.

Runs `align pair` on each case of the bad-input matrix, each in its own process, and reports the
exit status, wall time, seconds per MB of input and peak RSS as a multiple of the input size.
Targets: at most 2 s per MB, peak memory at most about 20x the input (plus a fixed base for the
program and its dictionary, reported separately as the small-input baseline).

    bench/bad_inputs.py [build/bin/align]
"""
import os
import subprocess
import sys
import tempfile
import time

ALIGN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/bin/align")
RU = "Первое предложение, т. е. вводное. В 2024 г. прошло 15 000 событий.\n\nВторое предложение.\n"


def cases():
    yield "baseline (small pair)", b"The first sentence, i.e. the introduction. In 2024, 15,000 events.\n\nSecond.\n"
    yield "empty", b""
    yield "whitespace only", b" \n\t\n \n" * 1000
    yield "binary", bytes((i * 7919) % 256 for i in range(1 << 20))
    yield "invalid UTF-8 in the middle", b"An English sentence. " * 20000 + b"\xc3\x28" + b"More text. " * 20000
    yield "UTF-16 without BOM", "Hello world. This is UTF-16.\n".encode("utf-16-le") * 20000
    yield "NUL bytes", b"Text. " * 1000 + b"\0" * 64 + b"More. " * 1000
    yield "XML-invalid controls", b"The first\x01 sentence.\x07 In 2024\x1b, 15,000 events.\n" * 20000
    yield "one 50 MB line", b"word and another word, " * (50 * 1024 * 1024 // 23)
    yield "a million one-word lines", b"word\n" * 1_000_000
    yield "10,000 sentences vs 1", b"".join(b"Sentence number %d is here. " % i for i in range(10000))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        ru = os.path.join(tmp, "a.ru.txt")
        with open(ru, "w", encoding="utf-8") as f:
            f.write(RU)
        print(f"{'case':32} {'MB':>7} {'exit':>4} {'seconds':>8} {'s/MB':>6} {'peak MB':>8} {'peak/input':>10}")
        for name, data in cases():
            path = os.path.join(tmp, "b.en.txt")
            with open(path, "wb") as f:
                f.write(data)
            out = os.path.join(tmp, "out.beads")
            start = time.perf_counter()
            proc = subprocess.Popen([ALIGN, "pair", ru, path, "--format", "beads", "-o", out],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS
            seconds = time.perf_counter() - start
            returncode = os.waitstatus_to_exitcode(status)
            peak_kb = usage.ru_maxrss
            mb = len(data) / 1e6
            per_mb = seconds / mb if mb >= 0.01 else float("nan")
            ratio = peak_kb * 1024 / len(data) if len(data) >= 1 << 20 else float("nan")
            print(f"{name:32} {mb:7.2f} {returncode:4} {seconds:8.2f} {per_mb:6.2f} "
                  f"{peak_kb / 1024:8.1f} {ratio:10.1f}")
            if os.path.exists(out):
                os.remove(out)


if __name__ == "__main__":
    main()
