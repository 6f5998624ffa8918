"""Demo content for a first look at the site.

The people, events and words here are invented for the demo: they must never be mistaken
for statements of real officials, so every page says it is sample content.
"""

import datetime

OFFICES = [
    {"name": "Gubernur", "short_name": "Gub", "rank": 10},
    {"name": "Wakil Gubernur", "short_name": "Wagub", "rank": 20},
    {"name": "Sekretaris Daerah", "short_name": "Sekda", "rank": 30},
]

LEADERS = [
    {
        "title": "Andi Pratama",
        "full_name": "Dr. H. Andi Pratama, S.E., M.Si.",
        "biography": "<p>Tokoh contoh untuk demo Potret Pimpinan. Sebelumnya menjabat Sekretaris Daerah.</p>",
        "terms": [
            ("Sekretaris Daerah", "definitive", datetime.date(2016, 2, 1), datetime.date(2020, 12, 31)),
            ("Gubernur", "definitive", datetime.date(2021, 2, 26), None),
        ],
    },
    {
        "title": "Siti Rahmawati",
        "full_name": "Hj. Siti Rahmawati, S.H., M.H.",
        "biography": "<p>Tokoh contoh untuk demo. Wakil Gubernur sejak 2021.</p>",
        "terms": [("Wakil Gubernur", "definitive", datetime.date(2021, 2, 26), None)],
    },
    {
        "title": "Bambang Setiawan",
        "full_name": "Ir. Bambang Setiawan, M.T.",
        "biography": "<p>Tokoh contoh untuk demo. Pernah menjadi Penjabat Gubernur.</p>",
        "terms": [
            ("Gubernur", "pj", datetime.date(2020, 12, 31), datetime.date(2021, 2, 26)),
            ("Sekretaris Daerah", "definitive", datetime.date(2021, 3, 1), None),
        ],
    },
]

ACTIVITIES = [
    {
        "title": "Gubernur Tinjau Pembangunan Jembatan di Kutai Barat",
        "date": datetime.date(2025, 9, 11),
        "time": datetime.time(9, 0),
        "venue": "Kampung Linggang Bigung",
        "region": "kutai-barat",
        "leaders": ["Andi Pratama"],
        "paragraphs": [
            "KUTAI BARAT – Gubernur Andi Pratama meninjau pembangunan jembatan penghubung antarkampung, Kamis (11/9/2025) pagi.",
            "Menurutnya, jembatan ini akan memperpendek waktu tempuh warga menuju pusat kecamatan dari dua jam menjadi tiga puluh menit.",
            "Gubernur meminta kontraktor menjaga mutu pekerjaan dan menyelesaikan jembatan sebelum musim hujan.",
        ],
        "photos": 3,
    },
    {
        "title": "Wakil Gubernur Buka Pameran UMKM Benua Etam",
        "date": datetime.date(2025, 10, 2),
        "time": datetime.time(14, 30),
        "venue": "Gedung Olahraga Segiri",
        "region": "samarinda",
        "leaders": ["Siti Rahmawati"],
        "paragraphs": [
            "SAMARINDA – Wakil Gubernur Siti Rahmawati membuka pameran usaha mikro, kecil dan menengah (UMKM) yang diikuti 120 pelaku usaha.",
            "Ia mendorong pelaku UMKM memanfaatkan pemasaran daring agar produk lokal menjangkau pasar nasional.",
        ],
        "photos": 2,
    },
    {
        "title": "Sekda Pimpin Rapat Koordinasi Penanganan Banjir",
        "date": datetime.date(2025, 11, 20),
        "time": datetime.time(10, 0),
        "venue": "Ruang Rapat Tepian I",
        "region": "samarinda",
        "leaders": ["Bambang Setiawan", "Siti Rahmawati"],
        "paragraphs": [
            "SAMARINDA – Sekretaris Daerah Bambang Setiawan memimpin rapat koordinasi penanganan banjir bersama perangkat daerah terkait.",
            "Rapat menyepakati pembersihan drainase serentak dan penyiagaan posko di kelurahan rawan banjir.",
        ],
        "photos": 1,
    },
]

SPEECHES = [
    {
        "title": "Sambutan Gubernur pada Upacara Hari Pahlawan",
        "date": datetime.date(2025, 11, 10),
        "time": datetime.time(8, 0),
        "venue": "Halaman Kantor Gubernur",
        "region": "samarinda",
        "speaker": "Andi Pratama",
        "speaker_role": "Gubernur",
        "event_name": "Upacara Peringatan Hari Pahlawan",
        "text_kind": "transcript",
        "paragraphs": [
            "Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.",
            "Hari ini kita mengenang jasa para pahlawan yang telah mengorbankan jiwa dan raga demi kemerdekaan bangsa.",
            "Semangat kepahlawanan masa kini adalah bekerja jujur, melayani masyarakat dengan sepenuh hati, dan menjaga persatuan.",
            "Mari kita teruskan perjuangan mereka dengan membangun daerah yang maju, adil dan sejahtera.",
            "Wassalamualaikum warahmatullahi wabarakatuh.",
        ],
    },
    {
        "title": "Amanat Wakil Gubernur pada Apel Pagi Aparatur Sipil Negara",
        "date": datetime.date(2025, 12, 1),
        "time": datetime.time(7, 30),
        "venue": "Halaman Kantor Gubernur",
        "region": "samarinda",
        "speaker": "Siti Rahmawati",
        "speaker_role": "Wakil Gubernur",
        "event_name": "Apel Pagi ASN",
        "text_kind": "summary",
        "paragraphs": [
            "Wakil Gubernur mengingatkan aparatur sipil negara untuk hadir tepat waktu dan menuntaskan pekerjaan sebelum akhir tahun anggaran.",
            "Ia juga meminta setiap perangkat daerah mempercepat pelayanan perizinan yang masih tertunda.",
        ],
    },
]
