"""The syntax of one document, indexed for reading event arguments.

``Tree`` gives children, mentions per token, prepositions and, for a head word, its
argument: an entity when a mention covers it (or an apposition, "телеканал Qazaqstan"; or a
pass-through head, "к членам ОДКБ"); otherwise a description, the head's noun phrase in the
nominative ("по демонстрантам" -> "демонстранты").  Pronouns resolve to the subject of a
governing clause or to the nearest preceding person; "который" to the noun its clause
hangs on.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..annotate import morph
from ..records import Doc

PRONOUNS = {"он", "она", "они"}
DROP_DET = {"свой", "этот", "тот", "весь", "его", "ее", "их", "такой", "данный", "каждый", "наш", "ваш", "мой"}
LEFT_RELS = {"amod", "det", "nummod", "nummod:gov", "compound"}
NAME_RELS = {"appos", "flat:name", "flat", "flat:foreign"}
CLIMB_RELS = {"conj", "ccomp", "advcl", "xcomp", "parataxis"}
SHORT_PREP = {"со": "с", "во": "в", "ко": "к", "об": "о", "обо": "о", "подо": "под"}


def norm_prep(text: str) -> str:
    """A preposition as the lexicon writes it: lower case, "со" read as "с"."""
    words = text.lower().split()
    if words:
        words[0] = SHORT_PREP.get(words[0], words[0])
    return " ".join(words)


@dataclass(slots=True)
class Arg:
    """One argument: its text (entity name or description), entity index, head token."""

    text: str
    entity: int = -1
    head: int = -1
    lemma: str = ""


@dataclass(slots=True)
class Trigger:
    """A matched trigger: the head token, every token the pattern matched, and its host verb."""

    head: int
    tokens: tuple[int, ...]
    type: str
    subtype: str
    pattern: str
    kind: str                  # verb | noun
    host: int = -1             # the verb governing an event noun
    relcl: tuple[int, ...] = ()  # verbs of relative clauses on an event noun
    needs: tuple[str, ...] = ()  # prepositions whose argument must name an entity
    order: int = 0


class Tree:
    """The syntax of one Doc, indexed for walking: children, mentions per token, titles."""

    def __init__(self, doc: Doc, actors: dict[str, set[str]]):
        self.doc = doc
        self.tokens = well_formed(doc.tokens)
        self.actors = actors
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for i, t in enumerate(self.tokens):
            if t.head >= 0:
                self.children[t.head].append(i)
        self.starts = [t.start for t in self.tokens]
        self.mention_at = [-1] * len(self.tokens)
        for mi, m in enumerate(doc.mentions):
            for i in self.span_tokens(m.start, m.stop):
                self.mention_at[i] = mi
        self.event_nouns: set[int] = set()
        self.sentence_start: dict[int, int] = {}
        self.sentence_stop: dict[int, int] = {}
        for i, t in enumerate(self.tokens):
            self.sentence_start.setdefault(t.sent, i)
            self.sentence_stop[t.sent] = i + 1
        self._titles: dict[str, set[int]] | None = None

    # --- plain lookups -------------------------------------------------------------------
    def span_tokens(self, start: int, stop: int) -> range:
        lo = bisect.bisect_left(self.starts, start)
        while lo > 0 and self.tokens[lo - 1].stop > start:
            lo -= 1
        hi = bisect.bisect_left(self.starts, stop)
        return range(lo, hi)

    def sentence_tokens(self, sent: int) -> range:
        return range(self.sentence_start.get(sent, 0), self.sentence_stop.get(sent, 0))

    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children[i] if not rels or self.tokens[c].rel in rels]

    def prep(self, i: int) -> str:
        """The preposition of token ``i`` with its fixed parts ("в отношении"), or ''."""
        for c in self.children[i]:
            if self.tokens[c].rel == "case":
                parts = [c] + [f for f in self.children[c] if self.tokens[f].rel == "fixed"]
                return norm_prep(" ".join(self.tokens[p].text for p in sorted(parts)))
        return ""

    def is_verb(self, i: int) -> bool:
        return self.tokens[i].pos in ("VERB", "AUX") or \
            (self.tokens[i].pos == "ADJ" and self.tokens[i].feats.get("Variant") == "Short")

    def entity_of(self, i: int) -> Arg | None:
        mi = self.mention_at[i]
        if mi < 0:
            return None
        m = self.doc.mentions[mi]
        if 0 <= m.entity < len(self.doc.entities):
            return Arg(self.doc.entities[m.entity].name, m.entity, i, self.tokens[i].lemma)
        return Arg(m.normal or m.text, -1, i, self.tokens[i].lemma)

    def mention_type(self, i: int) -> str:
        mi = self.mention_at[i]
        return self.doc.mentions[mi].type if mi >= 0 else ""

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        j = self.tokens[i].head
        while 0 <= j and j not in seen:
            out.append(j)
            seen.add(j)
            j = self.tokens[j].head
        return out

    def clause_of(self, i: int) -> int:
        """The verb or event noun a token belongs to (-1 at the root)."""
        for j in self.ancestors(i):
            if self.is_verb(j) or j in self.event_nouns:
                return j
        return -1

    def date_like(self, i: int) -> bool:
        t = self.tokens[i]
        return t.pos == "NUM" or t.text[:1].isdigit()

    # --- arguments -----------------------------------------------------------------------
    def argument(self, i: int, depth: int = 0) -> Arg | None:
        """The argument headed by token ``i``: an entity if one is named, else a description."""
        t = self.tokens[i]
        if depth > 4 or t.pos == "PUNCT":
            return None
        if t.lemma == "который":
            noun = self.antecedent(i)
            return self.argument(noun, depth + 1) if noun >= 0 else None
        if t.pos == "PRON" and t.lemma in PRONOUNS:
            return self.pronoun(i, depth)
        if t.pos in ("PRON", "DET"):
            return None
        found = self.entity_of(i) or self.named_by(i)
        if found:
            return found
        if t.lemma in self.actors.get("through", ()):
            for c in self.kids(i, "nmod"):
                if not self.prep(c) and (found := self.entity_of(c) or self.named_by(c)):
                    return found
        text = self.phrase(i)
        if not text:
            return None
        title = self.title_entity(i)
        if title is not None:
            return Arg(self.doc.entities[title].name, title, i, t.lemma)
        return Arg(text, -1, i, t.lemma)

    def named_by(self, i: int) -> Arg | None:
        """An entity in apposition to ``i`` ("глава МИД Руслан Казакбаев")."""
        heads = [i] + self.kids(i, "conj")
        for h in heads:
            for c in self.kids(h, *NAME_RELS):
                found = self.entity_of(c)
                if found:
                    return Arg(found.text, found.entity, i, self.tokens[i].lemma)
        return None

    def antecedent(self, i: int) -> int:
        """The noun a relative clause hangs on, for "который" at token ``i``."""
        for j in self.ancestors(i):
            if self.tokens[j].rel in ("acl:relcl", "acl"):
                return self.tokens[j].head
        return -1

    def phrase(self, i: int) -> str:
        """The noun phrase of ``i``: left modifiers and bare genitives, in the nominative."""
        keep = self._phrase_tokens(i, 0)
        if len(keep) > 8:
            keep = {i} | {k for k in keep if abs(k - i) <= 3}
        words = []
        plain = self._keeps_case(i)
        for k in sorted(keep):
            tok = self.tokens[k]
            agrees = k == i or (tok.head == i and tok.rel in ("amod", "det")
                                and tok.feats.get("Case") == self.tokens[i].feats.get("Case"))
            word = tok.text if plain or not agrees else self._nominative(k)
            if k == self.sentence_start.get(tok.sent) and tok.pos != "PROPN" and self.mention_at[k] < 0:
                word = word[:1].lower() + word[1:]
            words.append(word)
        return " ".join(words).strip(" ,—-«»\"")

    def _phrase_tokens(self, i: int, depth: int) -> set[int]:
        keep = {i}
        for c in self.children[i]:
            t = self.tokens[c]
            if c < i and t.rel in LEFT_RELS and t.rel != "det" and t.lemma not in DROP_DET and t.pos != "PUNCT":
                keep.add(c)
            elif c > i and depth < 2 and t.rel == "nmod" and not self.prep(c) and t.feats.get("Case") == "Gen":
                keep |= self._phrase_tokens(c, depth + 1)
            elif c > i and t.rel in ("flat:name", "flat", "flat:foreign"):
                keep.add(c)
        return keep

    def _keeps_case(self, i: int) -> bool:
        t = self.tokens[i]
        if t.feats.get("Case") in ("Nom", None, ""):
            return True
        return any(self.tokens[c].rel in ("nummod", "nummod:gov") for c in self.children[i])

    def _nominative(self, k: int) -> str:
        t = self.tokens[k]
        f = t.feats
        form = morph.inflect(t.text, t.lemma, t.pos, f.get("Case", ""), f.get("Gender", ""),
                             f.get("Number", ""), "Nom")
        return morph.recover_shape(form, t.text) if form else t.text

    def title_entity(self, i: int) -> int | None:
        """The one person this article calls by the common noun at ``i`` ("пианист")."""
        if self._titles is None:
            self._titles = self._collect_titles()
        found = self._titles.get(self.tokens[i].lemma, set())
        return next(iter(found)) if len(found) == 1 else None

    def _collect_titles(self) -> dict[str, set[int]]:
        titles: dict[str, set[int]] = {}
        for i, t in enumerate(self.tokens):
            if t.pos != "NOUN" or self.mention_at[i] >= 0:
                continue
            named = self.named_by(i)
            if named is None and t.rel == "appos" and t.head >= 0:
                named = self.entity_of(t.head)
            if named and named.entity >= 0 and self.mention_type(named.head) in ("PER", ""):
                titles.setdefault(t.lemma, set()).add(named.entity)
        return titles

    def pronoun(self, i: int, depth: int) -> Arg | None:
        """Resolve a third-person pronoun: a governing clause's subject, else the last person."""
        t = self.tokens[i]
        number, gender = t.feats.get("Number", ""), t.feats.get("Gender", "")
        own = t.head
        cur = own
        while cur >= 0:
            for s in self.kids(cur, "nsubj"):
                if s != i and not (cur == own and t.rel == "nsubj") and agree(self.tokens[s], number, gender):
                    return self.argument(s, depth + 1)
            cur = self.tokens[cur].head if self.tokens[cur].rel in CLIMB_RELS else -1
        if number == "Plur":
            return None
        first_sent = max(t.sent - 2, 0)
        for mi in range(len(self.doc.mentions) - 1, -1, -1):
            m = self.doc.mentions[mi]
            if m.start >= t.start or m.type != "PER":
                continue
            toks = self.span_tokens(m.start, m.stop)
            if not toks or self.tokens[toks[0]].sent < first_sent:
                break
            if gender and self.tokens[toks[0]].feats.get("Gender", gender) != gender:
                continue
            return self.entity_of(toks[0])
        return None

    def actor_class(self, arg: Arg | None) -> str:
        """civilian | armed | '' for an argument's head word (looking past "десятки")."""
        if arg is None or arg.head < 0 or arg.entity >= 0:
            return ""
        head = arg.head
        if self.tokens[head].lemma in self.actors.get("quantity", ()):
            gens = [c for c in self.kids(head, "nmod") if not self.prep(c)]
            head = gens[0] if gens else head
        lemmas = [self.tokens[head].lemma] + [self.tokens[c].lemma for c in self.kids(head, "amod")]
        for cls in ("armed", "civilian"):
            if lemmas[0] in self.actors.get(cls, ()):
                return cls
        for cls in ("civilian",):
            if any(lem in self.actors.get(cls, ()) for lem in lemmas[1:]):
                return cls
        return ""


def well_formed(tokens: list) -> list:
    """The tokens, or copies with a cycle or a bad head index cut (that head made -1)."""
    n = len(tokens)
    heads = [t.head for t in tokens]
    state = [0] * n                 # 0 unseen, 1 on the current path, 2 done
    for i in range(n):
        path, j = [], i
        while 0 <= j < n and state[j] == 0:
            state[j] = 1
            path.append(j)
            j = heads[j]
        if j >= n or (j >= 0 and state[j] == 1):
            heads[path[-1]] = -1
        for p in path:
            state[p] = 2
    if all(h == t.head for h, t in zip(heads, tokens)):
        return tokens
    return [t if h == t.head else replace(t, head=h) for h, t in zip(heads, tokens)]


def agree(subj, number: str, gender: str) -> bool:
    """Whether a subject token agrees with a pronoun's (or verb's) number and gender."""
    sn, sg = subj.feats.get("Number", ""), subj.feats.get("Gender", "")
    if number and sn and sn != number:
        return False
    return not (gender and sg and sg != gender and number != "Plur")
