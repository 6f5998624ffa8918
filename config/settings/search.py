"""Build WAGTAILSEARCH_BACKENDS from SEARCH_BACKEND and SEARCH_URL.

`database` (the default) uses Wagtail's database backend: SQLite FTS5 or PostgreSQL full
text search. The engine names map to the backends that Wagtail 8.0 ships (through
django-modelsearch), wrapped by `search.backends` so that index writes that fail while the
engine is down are queued and replayed later. Each needs its client package at the
matching major version (opensearch-py 3 for `opensearch3`, 2 for `opensearch2`).

With an engine configured, a second backend named "database" is kept up to date beside it:
the public search falls back to it when the engine is unreachable.
"""

from django.core.exceptions import ImproperlyConfigured

ENGINE_BACKENDS = {
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
}
DATABASE_BACKEND = "wagtail.search.backends.database"
# PostgreSQL has no Indonesian text search configuration, and its usual server default
# ("english") would stem Indonesian words as English ones, so the database backend indexes
# words as written. SQLite's backend ignores this option.
DATABASE_BACKEND_SETTINGS = {"BACKEND": DATABASE_BACKEND, "SEARCH_CONFIG": "simple"}

# Abbreviations of the field, each line one group of equivalent terms. Written lowercase and
# without accents because the search analyzer lowercases and folds before the synonym filter.
SYNONYMS = [
    "kaltim, kalimantan timur, benua etam",
    "kaltara, kalimantan utara",
    "wagub, wakil gubernur",
    "sekda, sekdaprov, sekretaris daerah, sekretaris provinsi",
    "pj, penjabat",
    "plt, pelaksana tugas",
    "plh, pelaksana harian",
    "pemprov, pemerintah provinsi",
    "pemkab, pemerintah kabupaten",
    "pemkot, pemerintah kota",
    "dprd, dewan perwakilan rakyat daerah",
    "opd, organisasi perangkat daerah",
    "asn, aparatur sipil negara",
    "apbd, anggaran pendapatan dan belanja daerah",
    "ikn, ibu kota nusantara",
    "kukar, kutai kartanegara",
    "kubar, kutai barat",
    "kutim, kutai timur",
    "mahulu, mahakam ulu",
    "ppu, penajam paser utara",
    "hut, hari ulang tahun",
    "harkitnas, hari kebangkitan nasional",
    "adpim, administrasi pimpinan",
    "diskominfo, dinas komunikasi dan informatika",
    "bappeda, badan perencanaan pembangunan daerah",
    "kemendagri, kementerian dalam negeri",
    "mendagri, menteri dalam negeri",
    "musrenbang, musyawarah perencanaan pembangunan",
    "rpjmd, rencana pembangunan jangka menengah daerah",
    "umkm, usaha mikro kecil dan menengah",
    "stunting, tengkes",
    "karhutla, kebakaran hutan dan lahan",
    "kek, kawasan ekonomi khusus",
    "mtq, musabaqah tilawatil quran",
    "porprov, pekan olahraga provinsi",
    "hgn, hari guru nasional",
    "rsud, rumah sakit umum daerah",
    "kunker, kunjungan kerja",
    "pns, pegawai negeri sipil",
    "tmp, taman makam pahlawan",
]

# Shared head and tail of the Indonesian chains: fold case and accents first, so that
# "Jum'at" and "JUM'AT" meet, then drop stop words, then stem ("pembangunan",
# "membangun" and "dibangun" all become "bangun" with OpenSearch 3.8's Indonesian stemmer).
INDONESIAN_HEAD = ["lowercase", "asciifolding"]
INDONESIAN_TAIL = ["indonesian_stop", "indonesian_stemmer"]


def indonesian_index_settings():
    """Return INDEX_SETTINGS that analyse text as Indonesian, with synonyms at query time.

    `default` applies to every text field without an analyzer of its own, at index time;
    `default_search` applies at query time and adds the synonyms. Synonyms are expanded at
    query time only because `synonym_graph` produces a token graph that an index cannot
    store. English pages are searched through the `_all_text.en` sub-field that
    `search.backends` adds with the built-in `english` analyzer.
    """
    return {
        "settings": {
            "index": {"number_of_shards": 1, "number_of_replicas": 0},
            "analysis": {
                "filter": {
                    "indonesian_stop": {"type": "stop", "stopwords": "_indonesian_"},
                    "indonesian_stemmer": {"type": "stemmer", "language": "indonesian"},
                    "indonesian_synonyms": {"type": "synonym_graph", "synonyms": SYNONYMS},
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*INDONESIAN_HEAD, *INDONESIAN_TAIL],
                    },
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*INDONESIAN_HEAD, "indonesian_synonyms", *INDONESIAN_TAIL],
                    },
                },
            },
        }
    }


def plain_index_settings():
    """Return INDEX_SETTINGS without language analysis: the engine's standard analyzer."""
    return {"settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}}


def build_search_backends(backend_name, url, index_prefix, timeout, indonesian_analysis=True):
    """Return the WAGTAILSEARCH_BACKENDS dict for one configured engine."""
    name = (backend_name or "database").strip().lower()
    if name == "database":
        return {"default": dict(DATABASE_BACKEND_SETTINGS)}

    if name not in ENGINE_BACKENDS:
        choices = ", ".join(["database", *ENGINE_BACKENDS])
        raise ImproperlyConfigured(f"SEARCH_BACKEND={backend_name!r} is not supported; choose one of: {choices}.")
    if not url:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={name} needs SEARCH_URL, for example http://127.0.0.1:9200.")

    index_settings = indonesian_index_settings() if indonesian_analysis else plain_index_settings()
    return {
        "default": {
            "BACKEND": ENGINE_BACKENDS[name],
            "URLS": [url],
            # django-modelsearch names each index INDEX_PREFIX + "<app>_<root model>".
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
            "OPTIONS": {},
            "INDEX_SETTINGS": index_settings,
        },
        # Kept up to date by the same signals; the public search falls back to it.
        "database": dict(DATABASE_BACKEND_SETTINGS),
    }
