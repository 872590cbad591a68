"""The natasha adapter: the only module that touches natasha and slovnet types.

``NatashaModels`` loads the embedding and the three slovnet models once per
process.  ``Annotator.annotate(docs)`` segments every document, then runs
morphology, syntax and NER over the sentences of *all* documents together,
sorted by length so that batches carry little padding.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Sequence

import razdel

from ..records import Doc, Mention, Sentence, Token
from .morph import Lemmatizer, is_plain_verb

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser


@dataclass(slots=True)
class _Sent:
    doc: int          # index of the document in the batch
    index: int        # index of the sentence in its document
    start: int
    stop: int
    tokens: list[Token]


class NatashaModels:
    """natasha's news models, loaded once and shared by every Annotator."""

    _loaded: "NatashaModels | None" = None

    def __init__(self, batch_size: int = 64, ner_batch: int = 8):
        emb = NewsEmbedding()
        self.morph = NewsMorphTagger(emb)
        self.syntax = NewsSyntaxParser(emb)
        self.ner = NewsNERTagger(emb)
        for model, size in ((self.morph, batch_size), (self.syntax, batch_size), (self.ner, ner_batch)):
            model.batch_size = size
            model.infer.encoder.batch_size = size

    @classmethod
    def shared(cls, batch_size: int = 64, ner_batch: int = 8) -> "NatashaModels":
        if cls._loaded is None:
            cls._loaded = cls(batch_size, ner_batch)
        return cls._loaded


class Annotator:
    """Adds sentences, tokens (lemma, POS, features, syntax) and NER mentions."""

    def __init__(self, models: NatashaModels | None = None, lemmatizer: Lemmatizer | None = None,
                 batch_size: int = 64, ner_batch: int = 8, ner_chars: int = 4000):
        self.models = models or NatashaModels.shared(batch_size, ner_batch)
        self.ner_batch, self.ner_chars = ner_batch, ner_chars
        self.lemmatizer = lemmatizer or Lemmatizer.shared()

    def annotate(self, docs: Sequence[Doc]) -> list[Doc]:
        sents = [s for i, doc in enumerate(docs) for s in segment_doc(doc, i)]
        order = sorted(range(len(sents)), key=lambda k: len(sents[k].tokens))
        ordered = [sents[k] for k in order]
        words = [[t.text for t in s.tokens] for s in ordered]
        self._tag_morph(ordered, words)
        self._parse_syntax(ordered, words)
        self._tag_ner(docs)
        for s in sents:
            docs[s.doc].sentences.append(Sentence(s.start, s.stop))
            base = len(docs[s.doc].tokens)
            for t in s.tokens:
                if t.head >= 0:
                    t.head += base
            docs[s.doc].tokens.extend(s.tokens)
        for doc in docs:
            doc.mentions.sort(key=lambda m: (m.start, m.stop))
        return list(docs)

    def _tag_morph(self, sents: list[_Sent], words: list[list[str]]) -> None:
        lemmatize = self.lemmatizer.lemmatize
        for sent, markup in zip(sents, self.models.morph.map(words)):
            for k, (token, tag) in enumerate(zip(sent.tokens, markup.tokens)):
                token.pos = tag.pos
                if k == 0 and tag.pos == "PROPN" and is_plain_verb(token.text):
                    token.pos = "VERB"      # "Родился в 1941 году": a capital, not a name
                token.feats = dict(tag.feats)
                token.lemma = lemmatize(token.text, token.pos, token.feats)

    def _parse_syntax(self, sents: list[_Sent], words: list[list[str]]) -> None:
        for sent, markup in zip(sents, self.models.syntax.map(words)):
            for token, tag in zip(sent.tokens, markup.tokens):
                head = int(tag.head_id) - 1
                token.head = head if head >= 0 and head != int(tag.id) - 1 else -1
                token.rel = tag.rel

    def _tag_ner(self, docs: Sequence[Doc]) -> None:
        """NER over lines (paragraphs) of all documents, sorted by length for even batches."""
        lines = [(d, start, line) for d, doc in enumerate(docs) for start, line in split_lines(doc.text)
                 if line.strip()]
        lines.sort(key=lambda item: len(item[2]))
        for group in group_lines(lines, self.ner_batch, self.ner_chars):
            for (d, offset, line), markup in zip(group, self.models.ner.map([l for _, _, l in group])):
                doc = docs[d]
                for span in markup.spans:
                    start, stop = offset + span.start, offset + span.stop
                    doc.mentions.append(Mention(start, stop, doc.text[start:stop], span.type))


def group_lines(lines: list[tuple[int, int, str]], size: int, chars: int) -> list[list[tuple[int, int, str]]]:
    """Lines sorted by length, cut into NER calls: at most ``size`` lines, and at most ``chars``
    characters once every line is padded to the call's longest (a longer line goes alone)."""
    groups: list[list[tuple[int, int, str]]] = []
    for item in lines:
        group = groups[-1] if groups else None
        if group is None or len(group) >= size or (len(group) + 1) * len(item[2]) > chars:
            groups.append([item])
        else:
            group.append(item)
    return groups


def split_lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line)`` for every line of ``text``."""
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def segment_doc(doc: Doc, index: int) -> list[_Sent]:
    """Sentences within lines (a line break always ends a sentence), with tokens."""
    out: list[_Sent] = []
    for offset, line in split_lines(doc.text):
        for sent in razdel.sentenize(line):
            start = offset + sent.start
            tokens = [Token(start + t.start, start + t.stop, t.text, sent=len(out))
                      for t in razdel.tokenize(sent.text)]
            if tokens:
                out.append(_Sent(index, len(out), start, start + len(sent.text), tokens))
    return out
