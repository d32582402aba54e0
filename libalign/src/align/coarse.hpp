// The coarse pass (vecalign's recursive scheme, Thompson & Koehn 2019): align a version of the
// documents with adjacent sentences merged in pairs, recursively, until it is small enough for
// the full DP matrix; each level's path gives the band searched at the next finer level.
//
// Coarse levels compare blocks through fixed-size vectors (a signed hashing of the English
// stems each side holds or translates to, idf-weighted, plus the anchors), so scoring a block
// pair costs the same however many sentences the block holds; the cosine of two blocks is
// priced against that of unrelated blocks of the same level (coarse.cpp, BlockCost).
#pragma once

#include "align/dp.hpp"
#include "align/encoded.hpp"
#include "libalign/aligner.hpp"

namespace libalign::detail {

/// The band for the sentence-level search: the whole matrix when both sides have at most
/// options.full_search_limit sentences, else the band around the coarse path (whose block
/// lengths count the more, the less of the text the lexicons cover: lexicon_coverage).
[[nodiscard]] Band sentence_band(const EncodedPair& pair, const AlignOptions& options);

}  // namespace libalign::detail
