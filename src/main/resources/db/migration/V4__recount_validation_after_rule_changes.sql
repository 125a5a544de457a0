-- The narrative rules now read many wordings differently (see git history of cn.gongkai.validation): counts stored
-- by the old rules would stay "current" until each report changed. Roll-ups recount them on their next reads.
delete from report_validation;
