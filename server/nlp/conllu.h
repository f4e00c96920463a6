// CoNLL-U in and out (https://universaldependencies.org/format.html): the
// format the treebanks come in, `parley nlp` writes and the scorers read.
//
// Reading rebuilds the text from FORM and SpaceAfter (sentences joined by a
// newline), so token offsets are real offsets into Document::text. Multiword
// token lines ("3-4 don't") are kept on the sentence; empty nodes ("5.1") and
// the enhanced DEPS column are skipped. MISC's `NER=` (IOB1 or IOB2) fills
// Token::ner; Document::entities is rebuilt from it.
//
// Thread-safe: pure functions.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "nlp/document.h"

namespace parley::nlp {

// Parses CoNLL-U text into one Document holding every sentence. Throws
// parley::Error(kInvalidArgument) naming the line on malformed input (wrong
// column count, bad ID or HEAD, a head outside the sentence).
Document ParseConllu(std::string_view conllu);

// Reads a CoNLL-U file, gzip-compressed or not. Throws parley::Error on an
// unreadable file or malformed content (the message names the file).
Document ReadConlluFile(const std::string& path);

struct ConlluWriteOptions {
  bool token_range = true;   // TokenRange=start:end (code points) in MISC
  bool ner = true;           // NER=B-X|I-X|O in MISC when tokens carry tags
  bool text_comment = true;  // "# text = ..." before each sentence
};

// Writes every sentence of `doc`; fields not filled in are written as "_".
void WriteConllu(const Document& doc, std::ostream& out, const ConlluWriteOptions& options = {});
std::string ToConllu(const Document& doc, const ConlluWriteOptions& options = {});

// Sets code-point offsets of every token from its byte offsets (one pass).
void ComputeCodePointOffsets(Document* doc);

}  // namespace parley::nlp
