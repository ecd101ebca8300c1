"""Document facts on the seed index: "X căn cứ những văn bản nào?" about a document without a "Căn cứ …" block is
answered from what the document says it carries out, or refused with that reason — never with a list of another part.
The documents are chosen from the index by what they contain, not by name."""
from __future__ import annotations

import re

from assistant.lang.normalize import fold


def test_a_document_without_a_legal_basis_block_says_what_it_carries_out_or_that_it_has_none(bot):
    docs = [d for d in bot.index.documents.values()
            if not any(fold(c.text).startswith("can cu") for c in bot.index.clauses_by_doc.get(d.id, []))]
    assert docs  # the seeds have such documents (a directive, a plan opening with "Triển khai thực hiện …")
    for d in docs:
        ans = bot.ask(f"{d.title} căn cứ những văn bản nào?")
        assert "Căn cứ" in ans.answer, (d.id, ans.answer[:200])
        assert all(c.source == d.id for c in ans.citations), (d.id, [c.source for c in ans.citations])
        if not ans.abstained:  # each cited clause opens the document and names a document it carries out
            for c in ans.citations:
                assert c.clause.startswith("Mở đầu") and re.search(r"\d+\s*/\s*[A-ZĐ]", c.quote), (d.id, c.quote)
