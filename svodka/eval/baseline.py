"""Bare natasha, used exactly as its README shows, as the baseline.

NER: ``Segmenter``, ``NewsEmbedding``, ``NewsNERTagger``; ``doc.segment``,
``doc.tag_ner``.  Base forms: the README's full chain (``NewsMorphTagger``,
``NewsSyntaxParser``, ``doc.tag_morph``, ``doc.parse_syntax``), then
``span.normalize(morph_vocab)`` (natasha normalises ORG through syntax) and
``span.extract_fact(names_extractor)`` for PER.  Models load once per
``NatashaBaseline``.  Nothing natasha leaves this module: callers get
``found.SystemDoc`` records.
"""
from __future__ import annotations

import time
import warnings
from collections import defaultdict

from .found import Found, FoundEntity, SystemDoc

STAGES = ("segment", "morph", "syntax", "ner")


class NatashaBaseline:
    """Bare natasha.  ``full=False`` loads NER only; ``full=True`` the whole README chain."""

    def __init__(self, full: bool = False):
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter
        started = time.perf_counter()
        self.full = full
        self.segmenter = Segmenter()
        self.emb = NewsEmbedding()
        self.ner_tagger = NewsNERTagger(self.emb)
        if full:
            from natasha import MorphVocab, NamesExtractor, NewsMorphTagger, NewsSyntaxParser
            with warnings.catch_warnings():   # pymorphy2 imports the deprecated pkg_resources
                warnings.simplefilter("ignore", UserWarning)
                self.morph_vocab = MorphVocab()
            self.morph_tagger = NewsMorphTagger(self.emb)
            self.syntax_parser = NewsSyntaxParser(self.emb)
            self.names_extractor = NamesExtractor(self.morph_vocab)
        self.load_s = time.perf_counter() - started
        self.timings: dict[str, float] = defaultdict(float)

    def _doc(self, text: str, stages=STAGES):
        from natasha import Doc
        doc = Doc(text)
        steps = {"segment": lambda: doc.segment(self.segmenter),
                 "morph": lambda: doc.tag_morph(self.morph_tagger),
                 "syntax": lambda: doc.parse_syntax(self.syntax_parser),
                 "ner": lambda: doc.tag_ner(self.ner_tagger)}
        for name in stages:
            started = time.perf_counter()
            steps[name]()
            self.timings[name] += time.perf_counter() - started
        return doc

    def ner(self, text: str) -> SystemDoc:
        """Mentions only, as the README's NER example."""
        doc = self._doc(text, ("segment", "ner"))
        return SystemDoc(text=text, mentions=[Found(s.start, s.stop, s.type, s.text) for s in doc.spans])

    def process(self, text: str) -> int:
        """The whole chain on one text, for the benchmark; returns the number of tokens."""
        doc = self._doc(text)
        return len(doc.tokens)

    def analyze(self, text: str) -> SystemDoc:
        """Mentions with base forms and PER facts; entities group spans by (type, base form)."""
        if not self.full:
            raise ValueError("NatashaBaseline(full=True) is needed for base forms")
        doc = self._doc(text)
        mentions = []
        for span in doc.spans:
            span.normalize(self.morph_vocab)
            if span.type == "PER":
                span.extract_fact(self.names_extractor)
            mentions.append((Found(span.start, span.stop, span.type, span.text, span.normal or span.text),
                             span.fact.as_dict if span.fact else {}))
        return SystemDoc(text=text, mentions=[m for m, _ in mentions],
                         entities=group_entities(mentions),
                         base_form=lambda start, stop, type: self._base_form(doc, start, stop, type))

    def _base_form(self, doc, start: int, stop: int, type: str) -> str:
        """natasha's span.normalize on any span of the text (for gold spans it did not tag)."""
        from natasha.doc import DocSpan
        tokens = [t for t in doc.tokens if start <= t.start and t.stop <= stop]
        if not tokens:
            return doc.text[start:stop]
        span = DocSpan(start, stop, type, doc.text[start:stop], tokens=tokens)
        span.normalize(self.morph_vocab)
        return span.normal or span.text


def group_entities(mentions: list[tuple[Found, dict]]) -> list[FoundEntity]:
    """One entity per (type, base form), as the README's ``{span.normal: fact}`` dict;
    PER name parts come from the fullest fact in the group."""
    entities: dict[tuple[str, str], FoundEntity] = {}
    best: dict[tuple[str, str], int] = {}
    for index, (mention, fact) in enumerate(mentions):
        key = (mention.type, mention.normal.lower())
        entity = entities.setdefault(key, FoundEntity(type=mention.type, name=mention.normal))
        entity.mentions.append(index)
        mention.entity = list(entities).index(key)
        if len(fact) > best.get(key, -1):
            best[key] = len(fact)
            entity.first, entity.middle, entity.last = (fact.get("first", ""), fact.get("middle", ""),
                                                        fact.get("last", ""))
    return list(entities.values())
