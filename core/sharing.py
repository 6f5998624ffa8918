"""Share links as plain addresses, so sharing loads no third-party script and sets no cookie."""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


def share_links(url, title):
    """Return (label, address) pairs for sharing `url` with its `title` on common services."""
    text = f"{title} {url}"
    return [
        ("WhatsApp", "https://wa.me/?" + urlencode({"text": text})),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ("X", "https://x.com/intent/post?" + urlencode({"text": title, "url": url})),
        ("Telegram", "https://t.me/share/url?" + urlencode({"url": url, "text": title})),
        (_("Email"), f"mailto:?subject={quote(title)}&body={quote(url)}"),
    ]
