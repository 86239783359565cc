// More employees than the demo seed, fast: copies of a government's PNS with their rank history, in
// two statements (for tests whose downloads must be far bigger than a socket's buffers).

/** Copies every PNS of the government with region `code` `copies` times (new ids and NIPs, no NIK). */
export async function multiplyEmployees(run: (text: string) => Promise<unknown>, code: string, copies: number): Promise<void> {
  const gov = `(select id from government where code = '${code.replace(/'/g, '')}')`;
  const n = Math.trunc(copies);
  await run(`
    insert into employee (id, created_at, updated_at, version, government_id, nip, asn_type, front_title, full_name, back_title, sex, birth_place, birth_date, status, tmt_cpns, tmt_pns)
    select md5(e.id::text || k)::uuid, e.created_at, e.updated_at, 1, e.government_id, '9' || lpad((row_number() over ())::text, 17, '0'), e.asn_type,
           e.front_title, e.full_name || ' ' || k, e.back_title, e.sex, e.birth_place, e.birth_date, e.status, e.tmt_cpns, e.tmt_pns
      from employee e cross join generate_series(1, ${n}) k
     where e.government_id = ${gov} and e.asn_type = 'PNS'`);
  await run(`
    insert into rank_history (id, created_at, updated_at, version, government_id, employee_id, rank_id, tmt, decree_number, decree_date)
    select md5(r.id::text || k)::uuid, r.created_at, r.updated_at, 1, r.government_id, md5(r.employee_id::text || k)::uuid, r.rank_id, r.tmt, r.decree_number, r.decree_date
      from rank_history r join employee e on e.id = r.employee_id cross join generate_series(1, ${n}) k
     where e.government_id = ${gov} and e.asn_type = 'PNS' and e.nip not like '9%'`);
  await run('analyze employee, rank_history');
}
