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
    """(name, make_bytes) pairs; the bytes are made only in the --write helper (see run())."""
    return [
        ("baseline (small pair)", lambda: b"The first sentence, i.e. the introduction. In 2024, 15,000 events.\n\nSecond.\n"),
        ("empty", lambda: b""),
        ("whitespace only", lambda: b" \n\t\n \n" * 1000),
        ("binary", lambda: bytes((i * 7919) % 256 for i in range(1 << 20))),
        ("invalid UTF-8 in the middle", lambda: b"An English sentence. " * 20000 + b"\xc3\x28" + b"More text. " * 20000),
        ("UTF-16 without BOM", lambda: "Hello world. This is UTF-16.\n".encode("utf-16-le") * 20000),
        ("NUL bytes", lambda: b"Text. " * 1000 + b"\0" * 64 + b"More. " * 1000),
        ("XML-invalid controls", lambda: b"The first\x01 sentence.\x07 In 2024\x1b, 15,000 events.\n" * 20000),
        ("one 50 MB line", lambda: b"word and another word, " * (50 * 1024 * 1024 // 23)),
        ("a million one-word lines", lambda: b"word\n" * 1_000_000),
        ("10,000 sentences vs 1", lambda: b"".join(b"Sentence number %d is here. " % i for i in range(10000))),
        # Every stop is followed by hashtags to the end of the line: a rule that looked ahead
        # to the end at each stop would be quadratic here.
        ("stops among hashtags (one line)", lambda: b"Start. " + b"#tag. " * (5 * 1024 * 1024 // 6)),
        # A numbered list after every colon: looking for each list's next item up to the end of
        # the line would be quadratic here.
        ("lists after colons (one line)", lambda: b"Options: 1. The first. " * (5 * 1024 * 1024 // 23)),
        # Questions that never end the sentence (each "?" is followed by ";") and no letter to
        # start it: asking at every stop whether the sentence began in lowercase must not
        # rescan it from its start.
        ("questions without letters", lambda: b"1? ; " * (4 * 1024 * 1024 // 5) + b"\n\n" +
         b"The cat sat on the mat. " * (1024 * 1024 // 24)),
    ]


def run(args):
    """Runs args; returns (exit status, wall seconds, peak RSS in KB of that program alone).

    Linux carries a process's high-water RSS across exec, and a child spawned from here starts
    from this process's memory; so this process never holds a big case (write_case() runs in
    a helper), and its own high-water mark stays below the program's small-input baseline."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        start = time.perf_counter()
        pid = os.posix_spawn(args[0], args, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                           (os.POSIX_SPAWN_DUP2, devnull, 2)])
        _, status, usage = os.wait4(pid, 0)
        return os.waitstatus_to_exitcode(status), time.perf_counter() - start, usage.ru_maxrss
    finally:
        os.close(devnull)


def write_case(index, path):
    """Writes case `index` to path; prints its name and size."""
    name, make = cases()[index]
    data = make()
    with open(path, "wb") as f:
        f.write(data)
    print(f"{name}\t{len(data)}")


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--write":
        write_case(int(sys.argv[2]), sys.argv[3])
        return
    with tempfile.TemporaryDirectory() as tmp:
        ru = os.path.join(tmp, "a.ru.txt")
        with open(ru, "w", encoding="utf-8") as f:
            f.write(RU)
        print(f"{'case':30} {'MB':>6} {'exit':>4} {'seconds':>7} {'s/MB':>5} {'peak MB':>7} "
              f"{'peak/input':>10} {'(peak-base)/input':>17}")
        base_kb = None
        for index in range(len(cases())):
            path = os.path.join(tmp, "b.en.txt")
            written = subprocess.run([sys.executable, os.path.abspath(__file__), "--write",
                                      str(index), path], check=True, capture_output=True, text=True)
            name, size = written.stdout.rstrip("\n").split("\t")
            size = int(size)
            out = os.path.join(tmp, "out.beads")
            returncode, seconds, peak_kb = run([ALIGN, "pair", ru, path, "--format", "beads", "-o", out])
            if base_kb is None:
                base_kb = peak_kb  # the program, ICU and the dictionary: paid once, whatever the input
            mb = size / 1e6
            # Ratios only where the input is big enough for them to mean something (below 0.1 MB
            # the process start-up is all there is to measure).
            big = size >= 100_000
            per_mb = f"{seconds / mb:5.2f}" if big else "    -"
            ratio = f"{peak_kb * 1024 / size:10.1f}" if big else "         -"
            net = f"{(peak_kb - base_kb) * 1024 / size:17.1f}" if big else "                -"
            print(f"{name:30} {mb:6.2f} {returncode:4} {seconds:7.2f} {per_mb} "
                  f"{peak_kb / 1024:7.1f} {ratio} {net}")
            if os.path.exists(out):
                os.remove(out)


if __name__ == "__main__":
    main()
