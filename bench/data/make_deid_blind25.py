#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_blind25.jsonl.

Blind set 25: public-health, forensic and death-related documentation.  The
notes imitate what health departments, medical examiners and forensic nurses
actually file: notifiable-disease case reports, contact-tracing logs and CSV
exports, outbreak line lists, immunisation-registry printouts, vaccine
adverse-event reports, TB/STI clinic and DOT notes, lead, carbon-monoxide,
well-water and housing inspections, death-scene and autopsy reports, death
certificate worksheets and amendments, cremation authorisations, organ
procurement referrals, SANE exams with chain-of-custody entries, child and
adult protective referrals and an HL7 electronic lab report.  Notes name many
people at once (contacts, household members, officers, investigators), give
home and workplace addresses, exposure and onset dates, and several decedents
are over 89.

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person: patients, decedents, relatives, contacts,
  caregivers, clinicians, officers and investigators, including nicknames,
  lower-case or ALL-CAPS forms, initials that stand for a person, log-in names
  and social-media handles (the "@" stays outside).  Titles and credentials
  (Dr., Mrs., Det., Inv., MD, RN) are left out of the span.  Kinship words, pets,
  eponyms, celebrities and people's names that are part of a facility or
  company name are not marked.
* DATE marks every date element finer than a year: full dates in any format
  (including day-first and HL7 compact dates), month+day, month+year, a lone
  month, and a weekday or holiday used as the date of an event.  Bare years,
  clock times, durations, gestational or infant ages, ages under 90 and
  recurring schedules are left alone.
* AGE marks only ages above 89, as the number alone.
* PHONE and FAX take the whole number with any extension.  EMAIL, URL
  (patient- or case-specific links only) and IP addresses are marked whole.
* SSN, MRN, HEALTH_PLAN (Medicaid/Medicare/commercial member numbers),
  ACCOUNT (bank, utility, billing), LICENSE (driver's, professional, DEA,
  funeral-establishment, notary), VEHICLE (plates, VINs), DEVICE (serials of
  implants and equipment) and ID for every other person- or record-identifying
  code: case, event, kit, evidence, accession, badge, NPI, passport, alien,
  permit and registry numbers.
* ADDRESS is the street number and street with unit, PO box or rural box;
  CITY covers cities, towns and neighbourhoods; ZIP covers ZIP codes.  States,
  counties and countries are not marked.
* Never marked: facility, agency and company names (a town inside one is put in
  the note's allow tuple when the town is marked elsewhere in the note), drug
  and vaccine names, lot numbers, device models, lab values, scores, room and
  bed numbers, flight numbers, outbreak/PulseNet cluster codes and bare years.

Stdlib only.  Run: python bench/data/make_deid_blind25.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_blind25.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "b25-01",
    "Chidinma A. Okonkwo",
    """
MAVEN CASE REPORT - PERTUSSIS (confirmed)
Event ID: [[ID|MAVEN-24-118832]]   Case: [[N|Okonkwo, Chidinma A.]]   DOB [[D|03/14/2019]]   Sex F
Address: [[ADDR|41 Wendell St Apt 2]], [[C|Dorchester]] MA [[Z|02124]]
Parent/guardian: [[N|Ngozi Okonkwo]] (mother), cell [[PH|617-555-0143]]
Clinical: cough onset [[D|9/2]]; paroxysms w/ post-tussive emesis by day 7. Afebrile. DTaP x3 only (4th dose never given).
Lab: B. pertussis PCR POSITIVE, collected [[D|09/11/2024]], accession [[ID|P24-55190]].
Reporter: [[N|Halvorsen]], NP, Codman Square Health Center; fax [[FX|617-555-0177]].
Household contacts - azithromycin x5d: father [[N|Emeka]], sibling [[N|Obi]] (6 y), grandmother visiting from [[C|Lagos]] (71 y).
Daycare: Little Sprouts Learning Ctr, 14 children in room; exclusion letters sent. Pregnant teacher referred to OB.
Investigator: [[N|kpatel3]]
""",
)

note(
    "b25-02",
    "Rodrigo Villanueva",
    """
TB CONTACT INVESTIGATION - index [[N|R. Villanueva]] (RVCT [[ID|TB-2024-0419]])
Smear 3+ AFB, cavitary RUL, NAAT pos, no rif resistance. Infectious period back-dated 3 months to [[D|February 2024]].
C1 [[N|Marisol Villanueva]], wife, same household, [[ADDR|2215 S Kedzie Ave]], [[C|Chicago]] [[Z|60623]]. IGRA neg [[D|6/3]]; repeat 8 wks after last exposure.
C2 [[N|Teodoro "Teo" Reyes]], coworker at pallet yard, [[PH|773-555-0118]]. QFT positive, CXR clear -> 3HP offered, accepted.
C3 [[N|Dana Kowalczyk]], carpool ~45 min daily. Declined testing x2; certified letter mailed.
C4 infant nephew (10 mo) - window prophylaxis w/ INH started, CXR neg.
Outreach worker [[N|J. Baptiste]], CDPH TB Program. Next review at cohort meeting.
""",
)

note(
    "b25-03",
    "Edna Holloway",
    """
LINE LIST - GI illness, Maple Grove Rehab & Nursing (outbreak #[[ID|OB-NV-2291]])
#  | Name               | Age | Unit  | Onset   | Sx          | Outcome
1  | [[N|HOLLOWAY, EDNA]]     | [[A|94]]  | 2W    | [[D|12/26]]   | V/D         | recovered
2  | [[N|Szabo, Lajos]]       | 88  | 2W    | [[D|12/27]]   | D           | recovered
3  | [[N|PRUITT, Mae]]        | [[A|91]]  | 2E    | [[D|12/27]]   | V, T 38.4   | ED and back same day
4  | [[N|Bergstrom, Ingrid]]  | 36  | CNA   | [[D|12/28]]   | V           | excluded 48h
5  | [[N|Delacroix, Wendell]] | [[A|102]] | 2W    | [[D|Dec 29]]  | D           | died (not attributed)
Stool x3 to state lab, NoV GII by PCR. Dining room closed, bleach 1000 ppm.
ICP [[N|Farah Siddiqui]], RN [[PH|508-555-0139 ext 214]]
""",
)

note(
    "b25-04",
    "Thuy Linh Nguyen",
    """
VAERS-style adverse event report (draft)   Report ID [[ID|VAERS 2689104-1]]
Pt: [[N|Thuy Linh Nguyen]], 34F, [[ADDR|1508 Alameda Pl]], [[C|San Jose]], CA [[Z|95126]]. Tel [[PH|408-555-0190]]. Email [[EM|tlnguyen.rn@example.net]]
Vaccine: Tdap (Boostrix) lot AC52B301AA, L deltoid, given [[D|Tues 4/15/2025]] 10:40 at CVS #8812.
Event: within 15 min flushing, throat tightness, BP 88/50; epinephrine 0.3 mg IM x1 by the pharmacist, EMS to ED. Observed 6 h, discharged home.
Reporter: [[N|Anjali Rao]], MD (ED). NPI [[ID|1457398820]].
Prior hx: ?reaction to Tdap in [[D|Aug 2016]] (pt unsure). Allergies: PCN (rash). Outcome: recovered.
""",
)

note(
    "b25-05",
    "Augustin P. Lemaire",
    """
OFFICE OF THE CHIEF MEDICAL EXAMINER - INVESTIGATOR'S REPORT
ME Case [[ID|ME-25-00731]]   Decedent: [[N|Augustin P. Lemaire]]   Age [[A|96]]   DOB [[D|11/02/1928]]   SSN [[SSN|900-11-2748]]
Residence: [[ADDR|77 Larch Row]], [[C|Lewiston]] [[Z|04240]]
Found by home health aide [[N|Keisha Dubois]] on [[D|Monday, 2/10/25]] approx 0815, supine on bathroom floor. Last known alive [[D|Sunday]] ~1900 per daughter [[N|Colette Lemaire-Hart]] ([[PH|207-555-0127]]), who spoke with him by phone.
Scene: no forced entry; walker tipped; Rx bottles (warfarin, metoprolol) reconciled. Livor fixed posterior. R frontal contusion only.
PCP Dr. [[N|Stanislaw Nowak]] agrees with natural/fall history.
Jurisdiction accepted; external exam only. Released to Lewiston Funeral Chapel.
""",
    allow=("Lewiston",),
)

note(
    "b25-06",
    "Donald James McAllister",
    """
AUTOPSY REPORT                      Case No. [[ID|A25-0188]]
Name: [[N|MCALLISTER, DONALD JAMES]]   Age: 58   Sex: M
Date of death: [[D|17 January 2025]]   Date of autopsy: [[D|18 January 2025]]
Prosector: [[N|Helena Voss]], MD     Assisted by: [[N|R. Tamayo]] (diener)
Identification: visual, by brother [[N|Kevin McAllister]]; hospital MRN [[MRN|004418273]].
External: well-developed adult male, 183 cm, 97 kg. Healed median sternotomy. ICD in L subclavicular pocket (Medtronic Evera), serial [[DEV|BWB208731H]], interrogated, explanted and retained.
Internal: heart 610 g; LAD 90% stenosis, old posterior scar. Lungs 780/690 g, edematous.
Tox accession [[ID|TX25-00412]]: ethanol neg.
CAUSE OF DEATH: Hypertensive and atherosclerotic cardiovascular disease.  MANNER: Natural.
""",
)

note(
    "b25-07",
    "Rosalind Mae Tillotson",
    """
CERTIFICATE OF DEATH - WORKSHEET (funeral director copy)
1. Decedent legal name: [[N|Rosalind Mae Tillotson]]      3. SSN: [[SSN|912-44-0387]]
4a. Age: [[A|99]]      5. DOB: [[D|April 3, 1925]]      6. Birthplace: Georgia
7a. Residence: [[ADDR|3309 Old Vineville Rd]], [[C|Macon]] [[Z|31204]], Bibb County
10. Father: [[N|Hiram Tillotson]]      11. Mother (maiden): [[N|Lula Pettigrew]]
12. Informant: [[N|Beverly T. Oakes]], daughter, [[ADDR|PO Box 1182]], [[C|Warner Robins]] GA
20. Date of death: [[D|Dec. 24, 2024]] - died [[D|Christmas Eve]] at 23:40
Place of death: inpatient hospice.   Funeral facility license [[LIC|FH-1043]]
Certifier: [[N|Olumide Bankole]], MD, license [[LIC|GA-071552]]
""",
)

note(
    "b25-08",
    "Yevgenia Petrovna Kuznetsova",
    """
AUTHORIZATION FOR CREMATION AND DISPOSITION
Decedent: [[N|Yevgenia Petrovna Kuznetsova]]   Date of death: [[D|03.08.2025]]   ME release #: [[ID|CR-2025-3381]] (approved by Dr. [[N|albrecht]], no hold)
Authorizing agent: [[N|Pavel Kuznetsov]] (son) - NY DL [[LIC|K352-7710-4419]], phone [[PH|718-555-0104]], [[ADDR|2840 Ocean Pkwy Apt 6F]], [[C|Brighton Beach]] NY [[Z|11235]]
Pacemaker removed? [x] yes - St Jude Assurity, SN [[DEV|7735194]], returned to manufacturer.
Cremated remains released to the son in person; no scattering permit requested.
Witness: [[N|marta gil]] (crematory staff), [[D|Aug 5]]
""",
)

note(
    "b25-09",
    "Brianna Castellanos",
    """
SANE EXAM - CHAIN OF CUSTODY
Pt [[N|Brianna Castellanos]]  Exam [[D|03/08/2025]] 02:15   LE case # [[ID|24-118837]] (Tucson PD)
SAECK kit # [[ID|AZ-SK-0061752]] sealed 04:40 by [[N|L. Whitford]], RN, SANE-A.
Item 1 oral swabs; item 2 vaginal swabs; item 3 underwear (paper bag); item 4 reference blood card. Photos x14.
Released to Det. [[N|Marcus Oyelaran]], badge [[ID|4471]], 05:05.
Received at crime lab by [[N|S. Halloran]], evidence # [[ID|E25-009127]], [[D|3/10/25]].
Advocate present (Emerge!). Safe number: [[PH|520-555-0155]].
Assailant described as acquaintance "[[N|Jojo]]", surname unknown. Plan B and nPEP given.
""",
)

note(
    "b25-10",
    "Jaylen Brooks",
    """
DCS HOTLINE REFERRAL - intake [[ID|CPS-0925-44810]]
Reporter: [[N|Shonda Akers]], RN, Peds ED (mandated). Callback [[PH|901-555-0172]].
Child: [[N|Jaylen Brooks]], DOB [[D|1/30/2022]], MRN [[MRN|M2201946]]
Mother [[N|Tasha Brooks]], 23; mother's boyfriend "[[N|Dre]]" lives in the home.
Address: [[ADDR|4120 Millbranch Rd #12]], [[C|Memphis]]
Concern: 2-y-o with patterned loop bruising to buttocks and healing L 7th rib fx on skeletal survey; history of "fell off couch [[D|Saturday]]" inconsistent with injuries. Sibling (5) currently at maternal grandmother's.
TennCare ID [[HP|TC-118845520]]. Hospital hold placed; SW and child abuse pediatrics consulted.
""",
)

note(
    "b25-11",
    "Mateo Quispe",
    """
CHILDHOOD LEAD POISONING PREVENTION - ENVIRONMENTAL INVESTIGATION
Index child: [[N|Mateo Quispe]], 2 y, venous BLL 24 ug/dL on [[D|10/4/24]].
Property: [[ADDR|1719 N 29th St]], [[C|Milwaukee]] [[Z|53208]] - built 1908, rental duplex, lower unit.
Owner of record: [[N|Gerald Fenske]] (Fenske Properties LLC), [[PH|414-555-0183]].
XRF: window sills 2nd bedroom 5.8 mg/cm2, porch rail 3.1 mg/cm2; dust wipe floor 62 ug/ft2, sill 410 ug/ft2.
Inspector [[N|Ruth Ann Delgado]], risk assessor cert [[LIC|LRA-3310]], inspected [[D|Oct 17]].
Orders issued to owner; abatement due within 30 days. Family staying with aunt [[N|Carmen Huaman]] meanwhile. Sibling 5 y, BLL 6.
""",
    allow=("Fenske",),
)

note(
    "b25-12",
    "D'Andre Whitaker",
    """
STD Clinic visit [[D|6/17]]   Pt [[N|D'Andre Whitaker]]   chart [[MRN|SC-093317]]
CC: dysuria x4d. NAAT GC pos (urethral), CT neg. RPR NR. HIV Ag/Ab neg.
Tx: ceftriaxone 500 mg IM today. Doxy-PEP discussed; pt interested.
Partners last 60 days (per pt):
 - "[[N|Kev]]" from Grindr, handle @[[N|kevinbxl]]
 - [[N|Luis Ocampo]], [[PH|305-555-0114]]
 - anonymous, bathhouse, late [[D|May]]
DIS [[N|Yolanda Pierre-Louis]] assigned; case # [[ID|STD-25-06612]].
Billing acct [[ACCT|SC-A-55012]]. PrEP f/u [[D|July 15]]. RTC sooner if sx persist.
""",
)

note(
    "b25-13",
    "Liam Abernathy",
    """
IIS EXTRACT  printed [[D|2025-01-06]] by user [[N|mhendricks]]
Patient: [[N|ABERNATHY, LIAM]] | DOB [[D|2021-05-19]] | IIS ID [[ID|7710048823]] | Mother: [[N|Abernathy, Claire]]
Address: [[ADDR|6 Tern Ct]], [[C|Nags Head]] NC
VACCINE         DATE ADMIN   LOT        ADMINISTERED AT
DTaP-IPV-HepB   [[D|2021-07-20]]   2R77A      Outer Banks Peds
PCV20           [[D|2021-07-20]]   GJ9904     Outer Banks Peds
MMR             [[D|2022-05-23]]   X021451    Outer Banks Peds
Varicella       [[D|2022-05-23]]   X017220    Outer Banks Peds
Influenza       2024-25 season   UT8830AA   CVS 7715
Status: DTaP #4 OVERDUE.  Exemption on file: none.
""",
)

note(
    "b25-14",
    "Shaniqua R. Bell",
    """
OPO REFERRAL LOG - referral [[ID|GL-25-04471]]
Called in [[D|11/9/2025]] 21:47 by [[N|Tomasz Wrobel]], RN, Neuro ICU, [[PH|616-555-0131]].
Pt [[N|Shaniqua R. Bell]], 41F, MRN [[MRN|11920374]], GCS 3T after IPH, vent-dependent, pupils fixed 6 mm. ABO O+, 72 kg. Insurance BCBS member [[HP|XYP884120773]].
Family: husband [[N|Darnell Bell]] at bedside; sister en route from [[C|Detroit]].
Donor registry: YES (registered via Secretary of State).
Coordinator [[N|Annika Sjoberg]] on site 23:30. Brain death exam #1 [[D|11/10]] 08:00 by Dr. [[N|Feld]]; apnea test to follow.
Triggers: GCS<5 and discussion of withdrawal - referral timely.
""",
)

note(
    "b25-15",
    "Souk Phommachanh",
    """
contact_tracing_export.csv (meat processing plant cluster)
case_id,name,dob,phone,email,onset,exposure_site
[[ID|C-0412]],"[[N|Phommachanh, Souk]]",[[D|1979-08-30]],[[PH|320-555-0108]],[[EM|souk.p79@example.com]],[[D|2024-09-03]],line 2 deboning
[[ID|C-0413]],"[[N|Mohamed Abdirahman]]",,[[PH|320-555-0121]],,[[D|2024-09-04]],line 2 deboning
[[ID|C-0419]],"[[N|GUTIERREZ MARIA E]]",,,,[[D|2024-09-06]],carpool w/ [[ID|C-0412]]
# notes: all three live in [[C|Waite Park]]; 2nd shift, 212 workers on line 2; mask use variable. HR contact [[N|Jen Albers]].
""",
)

note(
    "b25-16",
    "Brandon Tuttle",
    """
Hep A case investigation - food handler
Case [[N|Brandon Tuttle]], 29M, line cook at a diner on [[ADDR|410 Main St]], [[C|Ellensburg]]. Lives in the same town.
IgM anti-HAV pos [[D|5/28]]; jaundice onset around [[D|May 24]]. Worked shifts during infectious period (2 wk before onset).
Roommate [[N|Cody Lindqvist]] and girlfriend [[N|Ashlee]] given HAV vaccine.
Patron PEP clinic held [[D|Friday 5/30]] at the county fairgrounds: 212 doses, 9 IG.
Case ID [[ID|WA-HAV-25-017]]. Investigator [[N|N. Ibekwe]] ([[EM|nibekwe@kittitas-ph.example.gov]])
""",
)

note(
    "b25-17",
    "Raymond Obuya",
    """
CORONER'S INVESTIGATION NARRATIVE - [[ID|2025-CI-0092]]
On [[D|January 21, 2025]] at approx 0640 hrs Deputy Coroner [[N|B. Ashworth]] responded to an alley behind [[ADDR|1547 W Colfax Ave]], [[C|Lakewood]], for an unresponsive male.
Decedent identified by fingerprints as [[N|Raymond "Ray-Ray" Obuya]], 54, no fixed address (shelter rolls).
Reporting party: bus driver [[N|Kim Sorensen]]. Lakewood PD officer on scene #[[ID|2280]].
Ambient temp -14 C overnight; paradoxical undressing noted. Vitreous and femoral blood collected.
NOK: sister [[N|Grace Obuya]], notified by phone [[D|1/22]].
""",
    allow=("Lakewood",),
)

note(
    "b25-18",
    "Priya Venkataraman",
    """
ANIMAL BITE / RABIES EXPOSURE REPORT
Victim: [[N|Priya Venkataraman]], 8 y, DOB [[D|02/27/2017]]; parent [[N|Suresh Venkataraman]] [[PH|919-555-0170]]
Incident [[D|Jul 4]] ([[D|Independence Day]] cookout) in neighbor's yard, [[ADDR|104 Kestrel Ln]], [[C|Cary]] [[Z|27519]].
Animal: dog "Biscuit", owner [[N|Wade Crumpler]] (same address); rabies vax current per Cary Animal Hospital records.
10-day confinement at home; ACO [[N|Deb Stallings]] (badge [[ID|117]]) to observe.
Wound: 2 punctures L calf, irrigated; Tdap UTD. Rabies PEP not indicated if dog healthy at day 10.
""",
    allow=("Cary",),
)

note(
    "b25-19",
    "Harold Bixby",
    """
Legionnaires' disease - travel-associated case, CDC notified.
Pt [[N|Harold Bixby]], 67M, of [[C|Kalamazoo]], MI. Urine Ag pos [[D|8/19/24]]; ICU x3 d, now on levofloxacin.
Stayed at Harborview Inn, [[ADDR|221 Beach Dr]], [[C|Tybee Island]] GA, room 314, [[D|Aug 2]]-[[D|Aug 6]]; hot tub use daily.
Wife [[N|Lorraine]] asymptomatic.
Environmental sampling by [[N|Chen Wei]] (GA DPH): hot tub swab Lp1 positive.
Hotel GM: [[N|Rick Ostrowski]], [[PH|912-555-0135]], [[EM|gm.ostrowski@harborview-tybee.example.com]]
""",
)

note(
    "b25-20",
    "Ezra Goldfarb",
    """
MEASLES EXPOSURE - ED waiting room [[D|Sat 3/15]] 1400-1900
Index: [[N|Ezra Goldfarb]], 14 mo, unvaccinated, rash onset [[D|3/17]], IgM+. Home: [[C|Williamsburg]], [[C|Brooklyn]].
Exposed (susceptible/unknown):
  [[N|Miriam Klein]], 31, pregnant, IgG pending - [[PH|347-555-0166]]
  [[N|Yosef Klein]], 5 mo - IG given
  [[N|Alicia Fernandez]], triage RN - 2 MMR documented, no action
  [[N|Tamar]] (last name unk), 2 y, left before triage; registration address [[ADDR|189 Lee Ave]]
Contact: DOHMH BCD, x4821.
""",
)

note(
    "b25-21",
    "Nicolas Arriaga",
    """
FORENSIC NURSE EXAMINATION (adult male)   FNE case [[ID|FNE-2025-0311]]
Patient [[N|Nicolas Arriaga]], 27, presented [[D|Sunday]] ~0300, approx 6 h post assault.
Location per pt: parking lot behind a bar at [[ADDR|3100 E 14th St]], [[C|Oakland]].
Injuries photographed (23 images), uploaded to secure share [[URL|https://evidence.example.org/case/FNE-2025-0311]].
nPEP started (Biktarvy x28d); ceftriaxone + doxycycline prophylaxis.
Kit [[ID|CA-23-118704]] released to Ofc. [[N|Reyes-Bautista]] #[[ID|9012]] at 0710 on [[D|3/2/2025]].
Support person: roommate [[N|Quentin]].
Examiner: [[N|K. Mbeki]], RN, SANE-A
""",
)

note(
    "b25-22",
    "Ignatius Thorne",
    """
Pronouncement note - [[D|02/14/25]] 03:12
Called by RN [[N|Felicity Amankwah]] to bedside of Mr. [[N|Ignatius Thorne]], [[A|97]] y/o, inpatient hospice, DNR/DNI.
No respiratory effort x60 s, no heart sounds x60 s, pupils fixed and dilated. Time of death 03:09.
Grandson [[N|Malik Thorne]] at bedside; daughter [[N|Patrice]] notified by phone.
ME notification not required (expected death, natural). Autopsy declined. Donor network referral #[[ID|NEDS-882014]]: not a candidate.
Family notes he died on [[D|Valentine's Day]], same as his late wife in 1998.
Encounter acct [[ACCT|E-77120934]].
- [[N|S. Iyer]], MD (PGY-2), pager 4417
""",
)

note(
    "b25-23",
    "Rustam Aliyev",
    """
DIRECTLY OBSERVED THERAPY LOG - [[N|ALIYEV, Rustam]]   RVCT [[ID|TB24-0873]]
Regimen: RIPE -> RI continuation since [[D|Nov 2024]]. Wt 61.2 kg (+3.1).
Wk of [[D|1/6]]:  M done  W done  F done (video DOT)
Wk of [[D|1/13]]: M done  W missed - pt at job site  F done
Wk of [[D|1/20]]: M - [[D|MLK Day]], clinic closed - dose given [[D|Tue 1/21]] at home, [[ADDR|151 Academy St apt 5B]]
Sputum cx neg x3. LFTs wnl. Vision screen ok.
Outreach [[N|R. Castaneda]] [[PH|201-555-0117]]. Interpreter (Azerbaijani) ID [[ID|LL-449182]].
""",
)

note(
    "b25-24",
    "Opal Jean Haskins",
    """
HEAT-RELATED DEATH SURVEILLANCE FORM - county ME
ME# [[ID|MC-24-05520]]; decedent [[N|Opal Jean Haskins]], [[A|93]], F
Residence: mobile home, [[ADDR|4400 W Glendale Ave Lot 112]], [[C|Glendale]] AZ [[Z|85301]]
Found [[D|7/22/2024]] by neighbor [[N|Rosario Fimbres]]; indoor temp 112 F, evaporative cooler non-functional, windows shut.
APS case open since spring (worker [[N|Lyle Dunagan]]).
Core body temp at scene 107.8 F (investigator [[N|S. Nakamura]], 16:05).
Cause: environmental heat exposure; contributing: ASCVD, DM2.
""",
)

note(
    "b25-25",
    "Holly Brandvold",
    """
Salmonella Enteritidis cluster 2501MLJ69-1 (PulseNet) - patient interview
Interviewee: [[N|Holly Brandvold]] (self), [[PH|701-555-0112]]; ill [[D|Jan 9]] with diarrhea, fever 102, cramps. Stool cx accession [[ID|SF25-00318]].
Foods 7 days prior: eggs (Kroger), sushi take-out [[D|1/6]] from Koi Garden in [[C|Fargo]]; order confirmation to [[EM|hbrandvold@example.com]].
Household: husband [[N|Trent]] well; kids [[N|Maddie]] 7 and [[N|Owen]] 4 - [[N|Owen]] had loose stools, not tested.
WGS isolate [[ID|PNUSAS401882]].
Interviewer: [[N|ahmadi.f]] (state epi)
""",
)

note(
    "b25-26",
    "Destiny Raye Holloway",
    """
CONGENITAL SYPHILIS PREVENTION - case review
Mother: [[N|Destiny Raye Holloway]], G3P2, EDD [[D|4/28/25]]. RPR 1:64, TP-PA reactive at first prenatal visit [[D|12/9/24]] (28 wks).
Bicillin L-A 2.4 MU weekly x3: [[D|12/10]], [[D|12/17]], [[D|12/26]] (day 9 - delayed by [[D|Christmas]], acceptable).
Partner: [[N|Marcus "Kane" Doby]], treated at county STD clinic (DIS [[N|Tanisha Wu]]).
Infant to be evaluated at delivery; OB Dr. [[N|Petrakis]], fax [[FX|205-555-0187]].
Medicaid ID [[HP|AL-003387124]]. Portal msg: [[URL|https://portal.example.com/msg?pid=88410273]]
""",
)

note(
    "b25-27",
    "O. Fairweather",
    """
C. auris admission screening - positives this month
MRN        | Pt                      | Bed    | Admit | Swab | From
[[MRN|00783314]]   | [[N|Fairweather, O.]]       | 6N-12  | [[D|2/3]]   | [[D|2/4]]  | Sunrise LTACH
[[MRN|01122076]]   | [[N|Baptiste, Jean-Rene]]   | MICU 4 | [[D|2/11]]  | [[D|2/12]] | vSNF Bay Ridge
[[MRN|00918847]]   | [[N|Yoon, Seo-yeon]]        | 7S-3   | [[D|2/19]]  | [[D|2/20]] | home
Notified DOH ([[N|P. Adeyemi]]). Contact precautions; terminal clean 6N-12 and 7S-3; point-prevalence survey on 6N and MICU next week.
""",
)

note(
    "b25-28",
    "Stanley Wojciechowski",
    """
*** ME NOTIFICATION *** RCVD [[D|06JUN25]] 0212 FROM DISPATCH
DEC: [[N|WOJCIECHOWSKI, STANLEY]]  AGE [[A|90]]  DOB [[D|05DEC1934]]
LOC: [[ADDR|1288 CENTER ST]] [[C|HAMTRAMCK]] MI [[Z|48212]] - RES
RP: WIFE [[N|HALINA]] [[PH|313-555-0149]]
HX: CHF, COPD ON O2 2L, HOSPICE PENDING. LAST SEEN 2300 PRIOR NIGHT.
PCP DR [[N|FAROOQ]] WILL SIGN. RELEASE TO KOWALSKI FUNERAL HOME.
NO JURISDICTION. INV: [[N|DMORRISON]]  CASE [[ID|25-2217]]
""",
)

note(
    "b25-29",
    "Terrence Lamont Giles",
    """
Scene summary (from Ofc. [[N|Dwyer]] #[[ID|3308]], Gary Police Dept) - ME case [[ID|LC-25-0148]].
Decedent [[N|Terrence Lamont Giles]], 19, found in driver seat of a silver 2009 Impala, IN plate [[VEH|TK 8841]], VIN [[VEH|2G1WT57K891153370]], parked at [[ADDR|2100 W 5th Ave]], [[C|Gary]], [[D|Friday]] night.
Multiple GSW; manner pending (homicide likely). 9 mm casings x6 collected.
Phone (iPhone 13, IMEI [[DEV|356789104452187]]) collected by Det. [[N|Arceneaux]].
Mother [[N|Lakeisha Giles]] made ID from photo [[D|3/15]].
""",
    allow=("Gary",),
)

note(
    "b25-30",
    "Aiyana Redcloud",
    """
School Immunization Compliance - Roosevelt Elementary (audit [[D|10/15/2024]])
Out of compliance (excluded from [[D|11/1]] unless documents received):
 - [[N|Aiyana Redcloud]], gr 2, missing MMR #2. Parent [[N|Winona Redcloud]] [[PH|605-555-0103]]
 - [[N|Bodhi Larkspur-Finch]], gr K, religious exemption form unsigned; parent [[EM|sky.larkspur@example.net]]
 - [[N|Jaxon Peoples]], gr 4, polio #4 missing; foster placement, caseworker Ms. [[N|Gail Rudd]]
 - [[N|Amara Osei]], gr 1 - records from Ghana reviewed, BCG scar noted
School nurse: [[N|Pam Whitcomb]], RN (registry login [[N|pwhitcomb]]).
""",
)

note(
    "b25-31",
    "Rafael Tavarez",
    """
CO poisoning - multiple victims, [[D|Thanksgiving]] night
Household at [[ADDR|58 Greeley St]], [[C|Lawrence]] MA: generator running in attached garage during a power outage.
Victims (COHb at Lawrence General):
  [[N|Rafael Tavarez]] 44 - COHb 31% - hyperbaric, transferred to [[C|Boston]]
  [[N|Yokasta Tavarez]] 41 - 24%
  [[N|Yeury]] 12 - 18%
  Dona [[N|Altagracia Pena]] [[A|92]] - 35%, intubated; died [[D|11/30]]
Fire dept report [[ID|LFD-24-11876]]. Utility acct [[ACCT|4471-09923-8]] - shutoff notice in [[D|October]].
CO alarms: none in unit. Landlord referred to code enforcement.
""",
    allow=("Lawrence",),
)

note(
    "b25-32",
    "Tyrell K. Benally",
    """
Adult HIV Confidential Case Report (eHARS)
stateno [[ID|NM-0022917]] | Name: [[N|Benally, Tyrell K.]] | Alias: "[[N|T-Bone]]"
DOB [[D|1996-04-07]] | SSN [[SSN|000-29-6614]]
Residence at dx: [[ADDR|HC 61 Box 4420]], [[C|Shiprock]], NM [[Z|87420]]
Dx: [[D|02/2025]] - Ag/Ab reactive, HIV-1/2 diff pos, VL 184,000, CD4 212 (14%).
Provider: [[N|Lorenzo Yazzie]], PA-C; facility Northern Navajo Medical Center.
Partner services: spouse tested neg. Linked to care within 7 days. Risk: MSW, no IDU.
""",
)

note(
    "b25-33",
    "Eli Vandermolen",
    """
Private well sampling - infant methemoglobinemia referral
Infant [[N|Eli Vandermolen]], 6 wk (DOB [[D|9/8/2024]]), MetHb 19% on [[D|10/19]]; formula reconstituted with well water.
Property: [[ADDR|27418 470th Ave]], rural [[C|Hull]], Sioux County IA [[Z|51239]]; owners [[N|Derek]] and [[N|Anneke Vandermolen]].
Sample collected by sanitarian [[N|J. Brouwer]]: nitrate-N 38 mg/L (MCL 10), coliform absent. Lab sample # [[ID|SHL-W24-08812]].
Well drilled 1984, 60 ft, near feedlot. Recommend RO point-of-use; family on bottled water.
""",
)

note(
    "b25-34",
    "Caleb Marsh-Oyelowo",
    """
MEDICOLEGAL DEATH INVESTIGATION - supplemental
Case [[ID|2025-0457]]   Decedent: [[N|Caleb Marsh-Oyelowo]], 31
Handwritten note addressed to "[[N|Bex]]" (girlfriend, [[N|Rebecca Tran]]). Laptop (Dell Latitude) SN [[DEV|7HJ2KQ3]] secured.
Last outgoing text [[D|Wed 4/9]] 23:52 to [[N|Rebecca]].
Psych hx: MDD, prior attempt 2021. Therapist [[N|Ilse Brandt]], LICSW; last session [[D|3/27]].
Residence [[ADDR|2930 Bryant Ave S #304]], [[C|Minneapolis]]; his Subaru (MN plate [[VEH|HFT 392]]) in the ramp. Investigator [[N|H. Lindgren]].
""",
)

note(
    "b25-35",
    "Nevaeh Simmons",
    """
SUID Investigation Reporting Form - excerpt
Infant [[N|Nevaeh Simmons]], DOB [[D|5/2/2025]], age 11 wk.
Caregiver at time of incident: maternal grandmother [[N|Loretta Simmons]], 58, at her home [[ADDR|715 Pecan St]], [[C|Texarkana]] TX.
Placed to sleep 0100 supine in adult bed with [[N|Loretta]] and a cousin (4 y); found prone, unresponsive 0630. Pillow and comforter present. Owlet sock (serial [[DEV|OWL3-88120457]]) not in use that night.
Doll reenactment [[D|7/20]] by Inv. [[N|Carla Pruett]] with Det. [[N|Hobbs]] (#[[ID|651]]).
Mother at work (night shift). Autopsy [[ID|SW25-1190]] pending tox.
""",
)

note(
    "b25-36",
    "Jonah Featherstone",
    """
Mpox (clade II) case interview - [[D|08/22/2024]]
Case [[N|Jonah Featherstone]], 33, [[ADDR|501 N Clark St Unit 1708]], [[C|Chicago]]. Lesion onset [[D|8/14]]. JYNNEOS dose 1 in 2022, no dose 2.
Contacts (past 21 d):
 1. [[N|Marco DiLeonardo]] [[PH|312-555-0159]] - high risk, vaccine offered
 2. app contact "[[N|brad_in_boystown]]" - notified in-app by DIS; profile [[URL|https://sniffies.example.com/u/brad_in_boystown]]
 3. party in [[C|Saugatuck]], MI, ~40 attendees; host [[EM|philambrose@example.com]]
Case # [[ID|MPX-IL-24-0881]]; DIS [[N|R. Oduya]].
""",
)

note(
    "b25-37",
    "Julio Cesar Mendoza",
    """
ABLES adult lead report
Worker: [[N|Julio Cesar Mendoza]], DOB [[D|11-23-1980]]; BLL 52 ug/dL (prev 38 in [[D|Nov]]).
Employer: battery recycler (secondary lead smelter). Employee ID [[ID|E-20815]]. No shower/change room.
Take-home exposure: children [[N|Sofia]] (3) BLL 11 and [[N|Diego]] (6) BLL 7, referred to peds.
Home [[ADDR|9 Cobb Ct]], [[C|Plano]] [[Z|75074]]. Spouse [[N|Guadalupe]], [[PH|972-555-0137]].
OSHA referral filed; workers' comp claim [[ID|WC-25-11837]].
""",
)

note(
    "b25-38",
    "Edwin R. Castleberry",
    """
affidavit to amend death record - state file no. [[ID|2024-031877]]
decedent: [[N|edwin r. castleberry]]   d.o.d. [[D|june 3 2024]]
item to correct: #4a age listed as 89; correct age [[A|90]] (dob [[D|5/30/1934]] per birth cert, not 1935).
item #7: street mis-typed "[[ADDR|418 Magnolia Bnd]]" -> "[[ADDR|418 Magnolia Bend]]", [[C|Hattiesburg]].
requested by: [[N|ruby castleberry-nix]] (daughter), dl [[LIC|801447219]] (MS).
notarized [[D|08/12/2024]] - notary [[N|Helen B. Lott]].
""",
)

note(
    "b25-39",
    "Hamid Rahimi",
    """
TB Clinic - LTBI evaluation (refugee, Class B1)
[[N|Hamid Rahimi]], 38M, arrived from Afghanistan [[D|Oct 2024]] (A-number [[ID|A 219-884-301]]).
IGRA (QFT-Plus) positive [[D|11/22]]. CXR: calcified granuloma LUL, no active disease. Sputum not indicated.
Plan: 4R (rifampin 600 mg daily x4 mo); baseline LFTs wnl. Interpreter (Dari) [[N|Farzana]] in person.
Caseworker [[N|Megan O'Rourke]], [[PH|208-555-0133]]. Address [[ADDR|1450 W Grove St Apt 22]], [[C|Boise]].
Wife [[N|Zarghuna]] and children - IGRA drawn today.
""",
)

note(
    "b25-40",
    "Gurpreet Singh Dhaliwal",
    """
ORDER FOR ISOLATION - County Health Officer
In re: [[N|Gurpreet Singh Dhaliwal]], DOB [[D|7/18/1967]], residing at [[ADDR|5521 E Shields Ave]], [[C|Fresno]], CA [[Z|93727]].
Respondent has infectious pulmonary tuberculosis (smear 4+) and left the hospital against medical advice twice, on [[D|May 6]] and [[D|May 9]]. He is ORDERED to remain isolated at home until three consecutive negative smears and to accept DOT.
Case no. [[ID|25CECG01774]]. Served by deputy [[N|A. Moua]] #[[ID|1198]].
Household: [[N|Harjit Kaur]] (wife) and two children.
Signed: [[N|Rais Vohra]], MD, Health Officer
""",
)

note(
    "b25-41",
    "Fatoumata Diallo",
    """
Housing code complaint #[[ID|HC-2025-04418]] (asthma referral from pediatric pulm)
Tenant: [[N|Fatoumata Diallo]], [[ADDR|1820 Bathgate Ave Apt 3C]], [[C|Bronx]] [[Z|10457]]. Son [[N|Ibrahim]], 7, three ED visits for asthma since [[D|September]].
Inspection [[D|3/4/25]] by inspector [[N|T. Galarza]]: visible mold ~12 sq ft bathroom ceiling, active leak from unit above, roach infestation (class C violations x3).
Landlord agent: [[N|Moshe Gelbart]], [[EM|mgelbart@bathgatemgmt.example.com]]
Photos: [[URL|https://hpd-portal.example.gov/complaints/HC-2025-04418/photos]]
Re-inspection scheduled [[D|Apr 1]]. HEPA vacuum and IPM kit delivered.
""",
)

note(
    "b25-42",
    "Kai Nakamura-Hill",
    """
From: pediatric hospitalist Dr. [[N|Oyinkansola Ade]] -> state immunization program, fax [[FX|(404) 555-0140]]
RE: possible rotavirus vaccine-associated intussusception
Pt [[N|Kai Nakamura-Hill]], DOB [[D|01/05/2025]], MRN [[MRN|A00391822]]. RotaTeq dose 1 on [[D|3/10/25]] at 9 wk (lot 0021Z).
Onset 6 days later: inconsolable crying, currant-jelly stool. US target sign; air enema reduction successful, no perforation.
Parents [[N|Ren Nakamura]] & [[N|Jessica Hill]], [[PH|470-555-0181]].
VAERS e-report ID [[ID|VAERS-2025-0412977]]. Our fax [[FX|404-555-0141]].
""",
)

note(
    "b25-43",
    "Kaitlyn Pruitt",
    """
GI outbreak - wedding reception [[D|Sat Oct 5]] at Willow Creek Barn ([[C|Loudon]], TN)
Bride [[N|Kaitlyn Pruitt]] provided guest list (142) via [[EM|kaitlyn.pruitt.wed@example.com]]. Online survey (generic link): https://redcap.example.org/surveys/?s=K7RWE9MPLD
Responses 97; 61 ill, vomiting predominant, median incubation 34 h, duration 36 h.
Caterer: Smoky Ridge BBQ, owner [[N|Earl Haskett]] [[PH|865-555-0106]]; food worker [[N|Dylan]] ill the day before the event, worked anyway.
Specimens: guest [[N|Ronnie Beasley]] and guest [[N|A. Thao]] - both NoV GII.4.
Environmental specialist [[N|Corinne Vail]]. Attack rate highest for potato salad (RR 3.4).
""",
)

note(
    "b25-44",
    "Brody Kessler",
    """
LEGAL BLOOD DRAW / CHAIN OF CUSTODY
Subject: [[N|Brody Kessler]], DOB [[D|10/30/1990]], OLN [[LIC|K426-1189-0310-00]] (WI)
Requesting officer: Tpr. [[N|Anita Vukovich]], badge [[ID|717]], case [[ID|2025-WSP-004921]]
Vehicle: blk Ram 1500, plate [[VEH|AKT-4419]]
Draw [[D|4/20/25]] 01:47 by [[N|Cole Draper]], MLS(ASCP), L antecubital, povidone prep (no alcohol). Kit [[ID|BAC-0098814]], 2 gray-top tubes.
Sealed 01:52; handed to Tpr. [[N|Vukovich]] 01:55. Received at state lab by [[N|jkrueger]].
""",
)

note(
    "b25-45",
    "Marguerite Ellison",
    """
Hospice RN death visit - [[D|Easter Sunday]] ([[D|4/20/2025]])
Pt [[N|Marguerite "Peg" Ellison]], [[A|98]], at home, [[ADDR|62 Hollis Hill Rd]], [[C|Peterborough]] NH. Death 06:40; pronounced by RN [[N|Beth Ann Corriveau]] 07:25.
Meds destroyed with son [[N|Douglas Ellison]] witnessing: morphine 20 mg/mL 22 mL, lorazepam 0.5 mg x14; prescriber Dr. [[N|R. Hale]], DEA [[LIC|BH4471920]].
Funeral home notified 07:50; ME notification not required.
Medicare [[HP|1EG4-TE5-MK73]]. Bereavement f/u to the son.
""",
)

note(
    "b25-46",
    "Ngoc Anh Tran",
    """
DVI - antemortem record match (bus crash on I-80)
Victim # [[ID|UP-07]] -> tentatively [[N|Ngoc Anh Tran]], 46F, of [[C|Des Moines]].
Dental: records from Dr. [[N|Pham]] match 28/32 charted features; implant #19 present.
Effects: wedding band engraved "[[N|T.A.T.]] + [[N|K.L.]] [[D|6-14-03]]".
NOK: husband [[N|Khoa Le]], [[ADDR|3818 SE 14th St]], same city. DNA reference swab from son, sample [[ID|DNA-R-1172]].
Positive ID certified [[D|2/3]] by forensic odontologist Dr. [[N|L. Wiggins]].
""",
)

note(
    "b25-47",
    "Kayleigh McCutcheon",
    """
pt seen 4 f/u ct. +chlamydia ([[D|1/28]] swab). pt [[N|kayleigh mccutcheon]] 19 y/o g0.
tx'd azithro 1g po observed. EPT x2 given for partners:
 - bf "[[N|tj]]" ([[N|thomas jenkins]]) - pt will give him the pack
 - [[N|hunter]] ?last name, met at a party in [[C|murfreesboro]] over [[D|new yrs]]
rtc 3 mo for retest (~late [[D|april]]). pt 19, consented herself.
preferred contact: text [[PH|615 555 0142]] or snapchat [[N|kay.mcc02]].
clinic acct [[ACCT|SH-441297]]. -[[N|lbarnes]] RN
""",
)

note(
    "b25-48",
    "Mai Nou Xiong",
    """
Perinatal Hep B case management - [[ID|PHB-25-0061]]
Mother: [[N|Xiong, Mai Nou]], DOB [[D|6/11/1994]], HBsAg+, HBeAg+; tenofovir from 28 wks.
Infant: Baby Boy [[N|Xiong]], born [[D|2/17/2025]] 14:02, MRN [[MRN|R-20250217-0433]]. HBIG + HepB #1 at 6 h.
HepB #2 due [[D|3/17]]; #3 at 6 mo; PVST at 9-12 mo.
Father [[N|Tou Vang]] - HBsAg neg, anti-HBs neg -> vaccinated.
MN Medical Assistance [[HP|07719482]]; county case worker [[N|Pa Houa Lee]], [[PH|651-555-0151]].
""",
)

note(
    "b25-49",
    "Alejandro Ruiz-Tapia",
    """
DONOR AUTHORIZATION - first-person registry + family conversation
Donor: [[N|Alejandro "Alex" Ruiz-Tapia]], 22, motorcycle MVC [[D|9/27]] (plate [[VEH|9MX452]]), brain death declared [[D|9/29/2024]] 14:10.
ME investigator [[N|W. Kahale]] released for recovery with restriction (no L femur; fracture is evidence) - ME # [[ID|HI-24-1033]].
Family present: parents [[N|Ernesto]] and [[N|Lupe]], brother. Legal NOK [[N|Ernesto Ruiz]], [[PH|808-555-0107]].
UNOS ID [[ID|AIHJ227]]. Organs: heart, liver, kidneys x2; tissue.
Coordinator [[N|Leilani Kaʻai]].
""",
)

note(
    "b25-50",
    "Normand Gravelle",
    """
LAB REPORT - reportable: Anaplasma phagocytophilum PCR DETECTED
Patient: [[N|GRAVELLE, Normand]]   DOB: [[D|08/08/1951]]   Sex: M   MRN: [[MRN|0045519833]]
Address: [[ADDR|14 Tuttle Rd]], [[C|Greene]], ME [[Z|04236]]
Ordering: [[N|Yasmin Haddad]], DO   NPI [[ID|1306985521]]
Collected [[D|06/24/2025]] 10:15   Reported [[D|06/26/2025]]
Accession [[ID|24-MB-087143]]
Auto-faxed to state CDC [[FX|207-555-0199]] - [[D|06/26/2025]] 16:02
""",
)

note(
    "b25-51",
    "Funmilayo T. Oyelaran",
    """
ELR HL7 v2.5.1 - parsed view (received [[IP|10.44.218.17]] via PHINMS)
PID-3:  [[MRN|Q77412098]]^^^QST^MR
PID-5:  [[N|OYELARAN^FUNMILAYO^T]]
PID-7:  [[D|19880309]]
PID-11: [[ADDR|22 LINDEN AVE APT 4]]^^[[C|IRVINGTON]]^NJ^[[Z|07111]]
PID-13: ^PRN^PH^^1^[[PH|973^5550138]]
OBR-4:  Chlamydia trachomatis rRNA, NAA   OBR-7: [[D|202501140930]]
OBX-5:  DETECTED   Ref: Not detected
ORC-12: [[ID|1679543210]]^[[N|MENSAH]]^[[N|KOFI]]
SPM-2:  [[ID|JF447812Q]]
""",
)

note(
    "b25-52",
    "Wilmer Josue Carcamo Reyes",
    """
UNIDENTIFIED DECEDENT - NamUs [[ID|UP88214]]
Recovered [[D|10/03/2024]] from a drainage canal near [[C|Ochopee]], FL. Est. PMI 5-10 days. Adult male, 30-45 y.
Tattoos: "[[N|Yuliana]]" script L forearm; "[[D|02.11.2016]]" R chest.
Effects: Honduran passport [[ID|F384102]] in the name [[N|Wilmer Josué Cárcamo Reyes]], DOB [[D|19/06/1988]]; phone with SIM, contact saved as "Mamá".
Consulate contacted [[D|10/9]]; family in [[C|San Pedro Sula]] (mother [[N|Dora Reyes]], [[PH|+504 9555-0123]]) sending DNA reference through Agent [[N|Koenig]].
""",
)

note(
    "b25-53",
    "Ida Blum",
    """
APS REPORT - financial exploitation / self-neglect
Alleged victim: Mrs. [[N|Ida Blum]], [[A|95]], lives alone at [[ADDR|1200 Collins Ave #1104]], [[C|Miami Beach]] [[Z|33139]].
Reporter: bank branch manager [[N|Ronaldo Farias]], [[PH|305-555-0160 ext. 3]].
Concern: new "caregiver" [[N|Vanessa Kroll]] added as joint owner on checking acct [[ACCT|000882914477]] on [[D|8/7]]; $48,200 withdrawn over [[D|August]]. New credit card ending 4471 opened in client's name.
PCP notes MoCA 14/30 in [[D|6/2025]]. Son [[N|Howard Blum]] in Arizona unaware.
APS intake [[ID|2025-APS-0919341]]; investigator [[N|K. Forde]].
""",
)

note(
    "b25-54",
    "Dakota Rain Whitehorse",
    """
HCV cluster - unlicensed tattooing, interview notes
Case 1 [[N|Dakota Rain Whitehorse]], anti-HCV+ RNA+ [[D|12/2]]; tattooed at a house at [[ADDR|611 4th Ave SW]], [[C|Great Falls]].
Artist goes by "[[N|Inkslinger Sal]]" on IG (@[[N|sal.ink406]]); real name believed [[N|Salvatore Bruno]].
Case 2 [[N|Trey Hagen]], RNA+ [[D|12/9]], tattooed same location in [[D|Oct]]; shared ink cups visible in photos.
Case 3 [[N|Jolene]], 16 (mother [[N|Darla Myers]], [[PH|406-555-0144]]).
Genotype 1a x3; GHOST sequencing specimens [[ID|G-24-0771]], [[ID|G-24-0772]].
""",
)

note(
    "b25-55",
    "Hollis Grady Pettibone",
    """
Cremation permit review (ME sign-off required before cremation)
Decedent [[N|Hollis Grady Pettibone]], [[A|91]], died [[D|Sun 11/17/24]] at an assisted-living facility.
Cause per certifier Dr. [[N|Yu-Ting Chao]]: aspiration pneumonia due to advanced dementia.
Reviewed hospice record and body photos: bruise R hip from a documented fall [[D|11/2]] (incident report [[ID|IR-2024-1187]]). No further inquiry.
Permit [[ID|CP-24-6604]] approved by deputy ME [[N|Lavonne Pitts]]. Funeral director [[N|Isaac Brandt-Nwosu]], lic. [[LIC|FD-2291]] ([[PH|405-555-0109]]).
""",
)

note(
    "b25-56",
    "Amina Hassan Mohamud",
    """
Domestic refugee health screening - [[D|21 Feb 2025]]
[[N|Amina Hassan Mohamud]], F, DOB [[D|01 Jan 1990]] (reported).
Arrived [[D|2/11/25]] from Kakuma camp via IOM; IOM case # [[ID|KAK-188702]].
Household: spouse [[N|Abdi Warsame Farah]], children [[N|Hodan]] (9), [[N|Liban]] (6), [[N|Sahra]] (2).
Overseas vax record: MMR x2, OPV x3, Td x1; QFT pending. Strongyloides serology +, ivermectin given.
Home: [[ADDR|3400 S Parker Rd Apt 1412]], [[C|Aurora]] CO. Caseworker [[EM|stesfaye@example.org]]. Health First Colorado [[HP|B442718]].
""",
)

note(
    "b25-57",
    "Aubree Lynn Carver",
    """
Child Death Review Team - minutes, [[D|Thursday, May 15, 2025]]
Present: [[N|JH]] (DA's office), [[N|MKL]] (CPS), Dr. [[N|O.]] (ME), sheriff's rep, PHN.
Case [[ID|25-04]]: [[N|Aubree Lynn Carver]], 3 y, drowning in above-ground pool at sitter's ([[N|T. Mosley]]) home, [[ADDR|218 Redbud Ln]], [[C|Conway]], AR, [[D|Memorial Day]].
Findings: no fence, ladder not removed; sitter watching 4 children. Prior CPS report on sitter unsubstantiated.
Recommendations: pool safety PSA before [[D|July 4th]]; letter to city re fence ordinance.
Case [[ID|25-05]] tabled pending tox. Minutes: [[N|sgutierrez]].
""",
)

note(
    "b25-58",
    "Ibrahim Sorie Fofanah",
    """
Active monitoring - traveler from outbreak area (21-day)
Traveler [[N|Fofanah, Ibrahim Sorie]], arrived IAD [[D|4/2/25]] on flight ET 500; passport [[ID|SL0773218]].
Monitoring address: [[ADDR|7710 Riggs Rd Apt 203]], [[C|Adelphi]] MD; cell [[PH|301-555-0192]] (WhatsApp same).
Twice-daily temps via app (user [[N|ifofanah]], last check-in from [[IP|73.162.14.208]]).
Day 6: 37.9 C -> home visit by RN [[N|Jerome Atkins]]; malaria RDT neg, recheck 37.2, no further action.
Host: brother [[N|Mohamed Fofanah]].
Monitoring ended [[D|4/24/25]] - released.
""",
)

note(
    "b25-59",
    "Cornelius Vanderhoek",
    """
Postmortem examination summary
[[N|Cornelius "Neil" Vanderhoek]], [[A|93]]-year-old WM, found [[D|12/31/2024]] ([[D|New Year's Eve]]) in detached garage, [[ADDR|8 Fox Hollow Dr]], [[C|Holland]], MI.
Single contact-range GSW R temple; revolver (S&W Model 10, serial [[ID|C998213]]) recovered by Ottawa Co. deputy [[N|Bekkering]].
Pacemaker (Boston Scientific Accolade) SN [[DEV|712455]]: no arrhythmia at time of death.
Wife [[N|Hendrika]], [[A|90]], in memory care; daughter identified him.
Note addressed to "[[N|Rikki]]". Manner: suicide. Pathologist [[N|Ayesha Qureshi]], MD.
""",
)

note(
    "b25-60",
    "Harper Kinsella",
    """
Invasive meningococcal disease (serogroup B) - university cluster
Case A: [[N|Harper Kinsella]], 19, student ID [[ID|U31908847]], Whitman Hall rm 418; onset [[D|Sun 2/23]].
Case B: [[N|Omar Farouk Aziz]], 20, fraternity house [[ADDR|1305 S 4th St]], [[C|Champaign]]; onset [[D|2/26]].
Close contacts given cipro 500 mg x1: roommate [[N|Liam Cho]]; partner [[N|Sadie]] ([[EM|sadie.r@illinois.example.edu]]); 37 fraternity members (list from chapter president).
Mass MenB vaccination [[D|March 3-5]] at the rec center. Campus liaison [[N|M. Gomez]], [[PH|217-555-0153]].
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
