import unicodedata

from assistant.lang.normalize import (
    expand_abbreviations,
    fold,
    has_diacritics,
    normalize,
)


def test_tone_placement_old_to_traditional():
    assert normalize("Uỷ ban nhân dân") == "Ủy ban nhân dân"
    assert normalize("hoà nhập") == "hòa nhập"
    assert normalize("thuỷ lợi") == "thủy lợi"
    assert normalize("khoẻ") == "khỏe"
    assert normalize("TUỲ") == "TÙY"


def test_tone_placement_leaves_correct_words_alone():
    for w in ("quý", "Quý I", "hoàng", "hoặc", "thuở", "khuỷu", "người", "hòa"):
        assert normalize(w) == unicodedata.normalize("NFC", w)


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Sở Nội vụ chủ trì")
    assert nfd != "Sở Nội vụ chủ trì"
    assert normalize(nfd) == "Sở Nội vụ chủ trì"
    assert unicodedata.is_normalized("NFC", normalize(nfd))


def test_whitespace_collapsed():
    assert normalize("  Rà    soát\t 100%\n kết quả ") == "Rà soát 100% kết quả"


def test_fold_is_accent_free_and_lowercase():
    assert fold("Sở Nội vụ") == "so noi vu"
    assert fold("ĐIỀU TRA XÃ HỘI HỌC") == "dieu tra xa hoi hoc"
    assert fold("Uỷ ban") == fold("Ủy ban") == "uy ban"
    assert fold("Hành chính – Quản trị") == "hanh chinh - quan tri"


def test_has_diacritics():
    assert has_diacritics("chủ trì")
    assert not has_diacritics("chu tri")


def test_abbreviations_expand_on_folded_text():
    out = expand_abbreviations("TTHC nội bộ cắt giảm bao nhiêu %? cchc")
    assert "thu tuc hanh chinh" in out and "cai cach hanh chinh" in out
    assert "so thong tin va truyen thong" in expand_abbreviations("STTTT làm gì")
