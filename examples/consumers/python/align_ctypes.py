#!/usr/bin/env python3
"""Aligns two strings with libalign's C API through ctypes and prints the aligned pairs.

    LIBALIGN_LIBRARY=/prefix/lib/libalign.so.0 python3 align_ctypes.py [FILE1 FILE2]

Without LIBALIGN_LIBRARY the library is looked up like any other (ctypes.util.find_library).
With two file names it aligns those files instead of the built-in example.
"""
import ctypes
import ctypes.util
import os
import sys


class Bead(ctypes.Structure):
    """struct la_bead in libalign.h."""

    _fields_ = [
        ("first_begin", ctypes.c_size_t),
        ("first_count", ctypes.c_size_t),
        ("second_begin", ctypes.c_size_t),
        ("second_count", ctypes.c_size_t),
        ("score", ctypes.c_double),
        ("first_text", ctypes.c_char_p),
        ("second_text", ctypes.c_char_p),
    ]


LA_OK = 0
LA_NUL_TERMINATED = ctypes.c_size_t(-1).value


def load_library():
    path = os.environ.get("LIBALIGN_LIBRARY") or ctypes.util.find_library("align")
    if not path:
        sys.exit("align_ctypes: libalign not found; set LIBALIGN_LIBRARY to libalign.so")
    lib = ctypes.CDLL(path)
    handle = ctypes.c_void_p
    lib.la_version.restype = ctypes.c_char_p
    lib.la_last_error.restype = ctypes.c_char_p
    lib.la_pipeline_new.argtypes = [handle, ctypes.POINTER(handle)]
    lib.la_pipeline_free.argtypes = [handle]
    lib.la_align_texts.argtypes = [handle, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                   ctypes.c_size_t, ctypes.POINTER(handle)]
    lib.la_align_files.argtypes = [handle, ctypes.c_char_p, ctypes.c_char_p,
                                   ctypes.POINTER(handle)]
    lib.la_alignment_free.argtypes = [handle]
    lib.la_alignment_bead_count.argtypes = [handle]
    lib.la_alignment_bead_count.restype = ctypes.c_size_t
    lib.la_alignment_bead.argtypes = [handle, ctypes.c_size_t, ctypes.POINTER(Bead)]
    return lib


class LibalignError(Exception):
    pass


def check(lib, status):
    if status != LA_OK:
        raise LibalignError(lib.la_last_error().decode("utf-8"))


def align(lib, first=None, second=None, files=None):
    """Returns [(score, first_text, second_text)] for the beads with text on both sides."""
    pipeline = ctypes.c_void_p()
    alignment = ctypes.c_void_p()
    check(lib, lib.la_pipeline_new(None, ctypes.byref(pipeline)))
    try:
        if files:
            check(lib, lib.la_align_files(pipeline, files[0].encode(), files[1].encode(),
                                          ctypes.byref(alignment)))
        else:
            a, b = first.encode("utf-8"), second.encode("utf-8")
            check(lib, lib.la_align_texts(pipeline, a, len(a), b, len(b),
                                          ctypes.byref(alignment)))
        pairs = []
        bead = Bead()
        for i in range(lib.la_alignment_bead_count(alignment)):
            check(lib, lib.la_alignment_bead(alignment, i, ctypes.byref(bead)))
            if bead.first_count and bead.second_count:
                pairs.append((bead.score, bead.first_text.decode("utf-8"),
                              bead.second_text.decode("utf-8")))
        return pairs
    finally:
        lib.la_alignment_free(alignment)
        lib.la_pipeline_free(pipeline)


RUSSIAN = ("Вчера в Москве прошёл сильный дождь. Улицы города затопило.\n\n"
           "Мэр заявил, что ущерб составит 5 миллионов рублей.")
ENGLISH = ("Heavy rain fell in Moscow yesterday. The city streets were flooded.\n\n"
           "The mayor said the damage would amount to 5 million roubles.")


def main(argv):
    lib = load_library()
    print(f"libalign {lib.la_version().decode()}")
    try:
        if len(argv) == 3:
            pairs = align(lib, files=(argv[1], argv[2]))
        else:
            pairs = align(lib, RUSSIAN, ENGLISH)
    except LibalignError as error:
        print(f"align_ctypes: {error}", file=sys.stderr)
        return 2
    for score, first, second in pairs:
        print(f"{score:.4f}\t{first}\t{second}")
    return 0 if pairs else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
