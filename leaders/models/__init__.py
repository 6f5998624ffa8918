"""Leaders, the offices they hold and their terms.

`pages` holds the leader profile pages; `offices` holds Office and Term, which import
the pages module only by its app label, so either module can be read on its own.
"""

from .offices import Office, Term, TermKind
from .pages import LeaderChannel, LeaderIndexPage, LeaderPage

__all__ = ["LeaderChannel", "LeaderIndexPage", "LeaderPage", "Office", "Term", "TermKind"]
