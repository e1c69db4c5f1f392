"""Message bodies are plain text with a small formatting subset.

`**vet**`, `_cursief_`, `` `code` `` and bare http(s) links; everything else is
text. The server renders HTML from escaped text and passes it through nh3 as a
second line of defence; the JavaScript client builds the same nodes with
textContent, so a `<script>` typed into a message is shown, never run.
"""

import re

import nh3
from django.utils.html import escape

ALLOWED_TAGS = {"strong", "em", "code", "a", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
_INLINE = re.compile(
    r"\*\*(?P<strong>[^*\n]+)\*\*|(?<!\w)_(?P<em>[^_\n]+)_(?!\w)|`(?P<code>[^`\n]+)`"
    r"|(?P<url>https?://[^\s<>\"']+)"
)
MENTION = re.compile(r"(?<![\w@])@(?P<username>[\w.+-]{2,150})")


def render_body(text: str) -> str:
    """Plain text -> safe HTML with the formatting subset."""
    out: list[str] = []
    pos = 0
    for match in _INLINE.finditer(text):
        out.append(escape(text[pos : match.start()]))
        if match["strong"]:
            out.append(f"<strong>{escape(match['strong'])}</strong>")
        elif match["em"]:
            out.append(f"<em>{escape(match['em'])}</em>")
        elif match["code"]:
            out.append(f"<code>{escape(match['code'])}</code>")
        else:
            url = escape(match["url"])
            out.append(f'<a href="{url}">{url}</a>')
        pos = match.end()
    out.append(escape(text[pos:]))
    html = "".join(out).replace("\n", "<br>")
    return nh3.clean(
        html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, link_rel="nofollow noopener"
    )


def mentioned_usernames(text: str) -> set[str]:
    return {m["username"].rstrip(".") for m in MENTION.finditer(text)}
