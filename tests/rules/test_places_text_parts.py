"""Places the text names in short form under their banner, and how far admin knowledge climbs."""


from .helpers import pairs as _rels


def test_a_township_written_without_its_suffix_after_its_banner(extract):
    facts = extract("近年来，扎鲁特旗集中发力打造了扎鲁特旗鲁北肉牛产业园，带动农牧民增收。")
    places = {e.name: e for e in facts.entities if e.label == "Place"}
    assert places["鲁北镇"].level == "township"
    assert ("鲁北镇", "扎鲁特旗") in _rels(facts, "PART_OF")


def test_a_banner_whose_league_is_not_named_is_not_tied_to_the_region(extract):
    facts = extract("内蒙古自治区持续推进基层党建工作。扎鲁特旗全面推行“三议一审”工作法，成效明显。")
    rels = _rels(facts, "PART_OF")
    assert ("扎鲁特旗", "内蒙古自治区") not in rels
    facts = extract("内蒙古自治区持续推进基层党建工作。通辽市全面推行“三议一审”工作法，成效明显。")
    assert ("通辽市", "内蒙古自治区") in _rels(facts, "PART_OF")


def test_a_verb_phrase_before_cun_is_no_village(extract):
    facts = extract("奈曼旗深化农村改革，推进乡村治理，成效明显。")
    places = {e.name for e in facts.entities if e.label == "Place"}
    assert places == {"奈曼旗"}
