"""A college's or school's own counts: the school that is the subject of the figure's clause.

Sentences written for the test.
"""

from .helpers import names


def _subjects(facts):
    return {(m.raw, m.subject.name) for m in facts.metrics if m.subject is not None}


def test_a_college_opening_the_clause_with_you_owns_the_count(extract):
    facts = extract("阿荣旗今年，那吉职业技术学院有在校生4000余人，教职工260人。")
    assert ("4000余人", "那吉职业技术学院") in _subjects(facts)
    assert ("260人", "那吉职业技术学院") in _subjects(facts)


def test_a_school_after_a_time_word_owns_the_count(extract):
    facts = extract("目前，阿荣旗第二中学拥有教师130名。")
    assert ("130名", "阿荣旗第二中学") in _subjects(facts)


def test_a_level_word_takes_the_next_clause_back(extract):
    facts = extract("阿荣旗第二中学现有学生1800人，全旗共有中小学48所。")
    assert ("48所", "阿荣旗") in _subjects(facts)


def test_a_college_as_partner_owns_nothing(extract):
    facts = extract("阿荣旗与那吉职业技术学院合作，培训学员300人。")
    assert "那吉职业技术学院" in names(facts, "Organisation")
    assert ("300人", "那吉职业技术学院") not in _subjects(facts)


def test_a_college_with_its_pupils_as_predicate_owns_the_count(extract):
    facts = extract("那吉职业技术学院在校生4200余人，累计培养毕业生1.5万名。")
    assert ("4200余人", "那吉职业技术学院") in _subjects(facts)


def test_a_college_training_pupils_owns_the_count(extract):
    facts = extract("阿荣旗今年，那吉职业技术学院累计培养技能人才2600名。")
    assert ("2600名", "那吉职业技术学院") in _subjects(facts)
