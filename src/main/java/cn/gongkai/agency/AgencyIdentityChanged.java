package cn.gongkai.agency;

/**
 * An agency's name or level changed. The validation rules read both (the title and preamble must name the agency;
 * only some levels make 规章; governments have a later deadline), so what its reports are checked against has
 * changed although no report has: anything that keeps counts of its reports' findings must drop them.
 */
public record AgencyIdentityChanged(long agencyId) {
}
