#!/usr/bin/env python3
"""Generate bench/data/deid_text_dev3.jsonl: hand-written synthetic DEVELOPMENT notes
with gold PHI spans (HIPAA Safe Harbor conventions). All people, numbers and
addresses are invented. Inline markup [[CATEGORY|text]] is stripped and turned
into character offsets, then the output is validated. Stdlib only."""

import json
import os
import re
import sys
from collections import Counter

CATS = {
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "ADDRESS",
    "CITY",
    "ZIP",
    "ID",
}

NOTES = [
    (
        "Nguyễn Thị Hoa",
        """ED NOTE [[DATE|3/14]] 0140
PT: [[NAME|NGUYEN, THI HOA]]   MRN [[MRN|K4471920]]   [[AGE|93]] yo F
found on floor of [[CITY|Dorchester]] apt by granddaughter [[NAME|nhung]] ~midnight. c/o L hip pain 7/10. strength 4/5 LLE (pain limited), 5/5 elsewhere. BP 148/86 HR 92.
labs [[DATE|1/29]] Cr 1.3. ct head [[DATE|3/10]] neg at OSH per [[NAME|nhung]].
plan: xr hip/pelvis, tylenol 650, 1/2 tab oxycodone 5 prn.
d/w [[NAME|JM]] (attending). family cell [[PHONE|617-555-0192]].
-- [[NAME|dpk]]""",
    ),
    (
        "Paj Ntaub Xiong",
        """PEDS CLINIC - well child
[[NAME|Xiong, Paj Ntaub]]  DOB [[DATE|05/22/2023]]  MRN [[MRN|0088213477]]
here w/ mom [[NAME|mai see]] and grandma. born 39wk, Apgars 8/9, no NICU. wt 50th %ile.
mom reports ear tugging since [[DATE|Sunday]], no fever. R TM dull/bulging.
vaccines today per schedule, next visit 18 mo.
mom prefers Hmong; used [[NAME|tou]] (staff interp) in person.
MassHealth ID [[HEALTH_PLAN|100482931177]].
rx amox 90 mg/kg/day div BID x10d.
[[NAME|kv]]""",
    ),
    (
        "Faadumo Cabdullaahi Warsame",
        """Pt [[NAME|Faadumo Cabdullaahi Warsame]] seen for DM f/u. A1c 8.9 ([[DATE|Feb 2024]]) -> 7.6 today. on metformin 1000 BID, missed doses while traveling. monofilament 9/10 sites intact.
Lives w/ son [[NAME|abdirahman]] who manages meds; he works [[CITY|Lewiston]] wkdays so niece [[NAME|hodan]] helps Mon/Wed/Fri.
Eye exam overdue - referral placed. BP 128/76.
RTC 3 mo. cell [[PHONE|(207) 555-0148]].
signed [[NAME|R. Thibodeau]], NP""",
    ),
    (
        "Olúwaseun Adébáyọ̀",
        """PSYCH CONSULT  [[DATE|14-Apr-2024]]
Asked to see [[NAME|Olúwaseun Adébáyọ̀]] for low mood post-MI. Sleep poor, PHQ-9 = 14. no SI/HI.
collateral from wife [[NAME|funmilayo]] by phone [[PHONE|+1 404 555 0177]]: more withdrawn since [[DATE|Easter]].
Denies EtOH. Drives a cab, hack license [[LICENSE|HK-30917]], worried about losing it.
Rec: sertraline 25 mg, f/u w/ CL psych. d/w primary team ([[NAME|a.s.]]).
- [[NAME|Ifeoma Nwachukwu-Ede]], MD""",
    ),
    (
        "Adaeze Okonkwo-Ibe",
        """OB TRIAGE [[DATE|7/2]] 0415
G3P2 @ 37+2. [[NAME|Adaeze Okonkwo-Ibe]] c/o ctx q5min since 0300. [[NAME|Chukwuemeka]] (FOB) at bedside.
SVE 4/70/-1. FHT 140s, moderate variability, + accels. prior SVD x2, no C/S.
GBS neg ([[DATE|6/12]]). Hgb 11.2.
Pt requests epidural. anesthesia ([[NAME|lm]]) aware.
husband's cell [[PHONE|832.555.0163]].
Adm to L&D rm 4. [[NAME|obi]] (doula) to arrive ~0500.""",
    ),
    (
        "Tigist Haile Mariam",
        """HOME HEALTH VISIT [[DATE|Tues 6/11]]
pt [[NAME|Tigist Haile Mariam]] at home, [[ADDRESS|44 Windsor St Apt 3R]], [[CITY|Cambridge]] [[ZIP|02139]]. LLE wound 3.2x1.8 cm, granulating, small serous drainage. Braden 17. Morse fall 35.
daughter [[NAME|meron]] does dressing changes daily.
spoke w/ [[NAME|yonas]] (son) re: ride to wound clinic [[DATE|6/18]].
next RN visit [[DATE|Thurs]]. [[NAME|ck]]""",
    ),
    (
        "Darlene Begay-Yazzie",
        """IHS clinic note
[[NAME|Darlene Begay-Yazzie]], 61F, from [[CITY|Chinle]], drove 2 hrs. HTN, CKD3. BP 156/94 today, 138/82 last visit.
out of lisinopril since [[DATE|Memorial Day]]. grandson [[NAME|kee]] picks up meds at [[CITY|Many Farms]] clinic when he can.
labs: K 5.1, Cr 1.6 (was 1.4 in [[DATE|Jan 2024]]).
ph [[PHONE|928-555-0131]] (neighbor's, leave msg w/ [[NAME|tsosie]]).
-- [[NAME|wb]]""",
    ),
    (
        "Leiataua F. Tuiasosopo",
        """ADMIT NOTE
[[NAME|TUIASOSOPO, LEIATAUA F]]  MRN [[MRN|HN-2209-4481]]
53M w/ cellulitis R foot. start IV cefazolin. Glucose 312, A1c pending.
Lives w/ wife [[NAME|Sina]] and kids, [[CITY|Waipahu]] house. [[NAME|Fetu]] (brother) also present, helpful.
Last saw PCP around [[DATE|Thanksgiving]]. Foley not needed. Babinski down b/l.
Dispo: likely 2-3 days. [[NAME|Fetu]] cell [[PHONE|808-555-0119]].""",
    ),
    (
        "Sione Havili Taufa",
        """PT EVAL [[DATE|10/7]]
[[NAME|Sione Havili Taufa]] s/p R TKA [[DATE|9/30]]. ROM 5-85, quad 3+/5. pain 4/10 w/ amb. TUG 18s.
goals: back to church choir, walk to bus stop in [[CITY|East Palo Alto]].
wife [[NAME|mele]] present, will help w/ HEP.
plan 2x/wk x 6 wk, progress to cane.
[[NAME|TH]]/[[NAME|sk]] co-treat
prior PT at [[CITY|Menlo Park]] site [[DATE|Jan 2023]] for L shoulder. HEP handout given, balance 3/5 trials.
son [[NAME|viliami]] may drive pt Tues; call [[PHONE|650-555-0137]].""",
    ),
    (
        "Rine Lakjohn",
        """TB CLINIC
[[NAME|Rine Lakjohn]] 47F, contact of index case. IGRA pos [[DATE|8/19]], CXR clear. start 3HP weekly x12.
Moved from [[CITY|Majuro]] 2019, lives [[CITY|Springdale]] w/ cousin [[NAME|bwij]] and 6 others.
Marshallese interp [[NAME|Jeton]] via phone.
LFTs wnl. Weekly DOT Thursdays at home.
cousin's # [[PHONE|479-555-0186]]. chart [[MRN|MR 7730215]].
[[NAME|Lakjohn]] agrees w/ plan.""",
    ),
    (
        "Yupanqui Huamán Quispe",
        """SW NOTE
Met w/ [[NAME|Yupanqui Huamán Quispe]] and daughter [[NAME|killa]]. Pt speaks Quechua + some Spanish; interpreter ID [[ID|40571]].
Family recently moved, now at [[ADDRESS|1187 Fulton Ave, 2nd fl]], [[CITY|Hempstead]] [[ZIP|11550]]. No insurance yet, applied [[DATE|9/4]].
[[NAME|killa]] works nights, sister [[NAME|sumaq]] can bring pt Tuesdays.
Gave food pantry list. f/u SW [[NAME|ro]] next wk.
contact [[EMAIL|killa.hq88@mailbox.example]]""",
    ),
    (
        "Kavitha Ramasubramanian",
        """NEPHROLOGY F/U
[[NAME|Kavitha Ramasubramanian]]  MRN [[MRN|44-1098-327]]
ESRD on HD MWF via L AVF, thrill +. K 5.8 pre-HD [[DATE|Mon]]. IDWG 3.1 kg.
husband [[NAME|senthil]] reports she skips sessions when their son [[NAME|arun]] is away.
transplant w/u: listed [[DATE|11/2023]]. PRA 20%.
Hgb 9.4 -> epo per protocol. BP 150/90 pre, 128/74 post.
d/w [[NAME|v.k.]] and Dr [[NAME|Padmanabhan]]""",
    ),
    (
        "Venkata Sai Durga Prasad Kothapalli",
        """ORTHO CLINIC
[[NAME|Venkata Sai Durga Prasad Kothapalli]] 34M
knee injury [[DATE|8/3]], pop while playing cricket, [[CITY|Edison]] league. effusion +, Lachman 2+, pivot +.
MRI [[DATE|8/20]]: complete ACL tear, small med meniscus tear.
plan ACL recon. wants surgery after sister [[NAME|lakshmi]]'s wedding.
work note given. hip strength 5/5, quad 4/5.
- [[NAME|pn]] / Dr. [[NAME|Okafor-Reyes]]""",
    ),
    (
        "Rumana Akter Chowdhury",
        """POSTPARTUM DAY 1
[[NAME|Rumana Akter Chowdhury]] s/p SVD [[DATE|5/27]] 2214, baby girl 3.1 kg, Apgars 8/9.
EBL 350. fundus firm, lochia mod. pain 3/10. voiding.
mother-in-law [[NAME|shahana]] at bedside; husband [[NAME|rafiq]] at work, [[CITY|Jackson Heights]] restaurant.
Plan d/c tomorrow, PP visit 6 wk. breastfeeding well.
baby MRN [[MRN|B2024-0527-119]].
[[NAME|RC]] RN aware""",
    ),
    (
        "Gul Ahmad Zadran",
        """ED PROVIDER NOTE
[[NAME|Gul Ahmad Zadran]], 28M, Pashto speaker, arrived w/ cousin [[NAME|Noorullah]]. MVC, restrained driver, plate [[VEHICLE|8KTR442]] per EMS. GCS 15. c-spine cleared by NEXUS.
chest wall tenderness L. CXR no ptx. FAST neg.
lives [[CITY|Sacramento]], drives rideshare.
[[NAME|noorullah]] # [[PHONE|916-555-0125]].
d/c w/ ibuprofen; declined tramadol 1/2 tab.
ok per [[NAME|jm]]""",
    ),
    (
        "Rojin Baran Ahmadi",
        """INTAKE [[DATE|2/9/24]]
Name: [[NAME|AHMADI, ROJIN BARAN]]   SSN [[SSN|562-11-0487]]
Kurdish (Sorani) speaker. husband [[NAME|Shvan]] offered to interpret; used phone line anyway, interp #[[ID|228814]].
CC: HA x 2 wk, worse AM. neuro nonfocal, fundi benign.
hx migraine w/o aura. BP 118/72.
Sister [[NAME|Hêro]] lives [[CITY|Nashville]], visits often.
[[NAME|rojin]] asked for female provider; arranged.""",
    ),
    (
        "Nino Kvaratskhelia",
        """DEVICE CLINIC
[[NAME|Nino Kvaratskhelia]] 72F. PPM interrogation.
Medtronic dual chamber, SN [[DEVICE|RNB412077S]]. RA lead SN [[DEVICE|PJN3302118]].
battery 9.2 yr, RV pacing 38%. no AHRE. thresholds stable.
remote monitor linked, last transmission [[DATE|04.03.2024]].
daughter [[NAME|tamar]] asks to be contacted at [[EMAIL|tkvara@example.org]].
next remote [[DATE|July 3]]. - [[NAME|gd]]""",
    ),
    (
        "Anush Hovhannisyan",
        """GERI CONSULT
[[NAME|Anush Hovhannisyan]], [[AGE|96]] yo F, [[CITY|Glendale]]. Progressive memory loss, MoCA 14/30.
son [[NAME|Armen]] and his wife [[NAME|Siranush]] co-manage; wandering at night since late [[DATE|May]].
Parkinson features absent, no cogwheeling. Gait slow, Morse 55.
On donepezil 5. Wt down 2 kg since [[DATE|March 2024]].
[[NAME|armen]] cell [[PHONE|818-555-0105]].
Rec: home safety eval, stop diphenhydramine.""",
    ),
    (
        "Trinh Van Bao",
        """TELEPHONE ENCOUNTER
pt's daughter [[NAME|nhung]] called re: dad [[NAME|Trinh Van Bao]] (MRN [[MRN|00571193]]). says he fell [[DATE|Saturday]], no LOC, bruise R forearm. eating ok.
spoke w/ [[NAME|trish]] (triage RN) - advised UC today for xr.
[[NAME|nhung]] will drive him down from [[CITY|Quincy]].
callback [[PHONE|617 555 0174]].
[[NAME|trish]] to f/u in AM.
on apixaban -> also advised head ct if any HA. wt 52 kg. last INR n/a. BP at home 150/80 per [[NAME|nhung]].""",
    ),
    (
        "Tran Ngoc Bich",
        """PROGRESS NOTE HD#3
pt [[NAME|Tran Ngoc Bich]] improving, afebrile x24h. WBC 14 -> 9.
[[NAME|ashley nguyen]] (sister) visited, asks for updates by phone.
cx [[DATE|4/2]] E coli pan-S. switch to PO cipro.
pain 2/10. ambulating halls.
d/c planning: home w/ sister [[DATE|Fri]]; [[NAME|bich]] agrees.
[[NAME|jm]] aware. [[NAME|c.o.]] to write d/c summary.
last seen in clinic [[DATE|2/20]] for same sx. K 3.4 -> repleted 40 mEq. strength 5/5.""",
    ),
    (
        "Bolat Seitkali",
        """ANESTHESIA PRE-OP
[[NAME|SEITKALI, BOLAT]]  MRN [[MRN|Z-558010]]
ASA 2. Mallampati 2, TMD >3 fb. OSA on CPAP, ResMed AirSense SN [[DEVICE|23161844920]].
last meal 2000 night before. NPO confirmed.
wife [[NAME|gulnara]] in waiting area, cell [[PHONE|(312) 555-0141]].
plan GA/ETT. PONV hx - scop patch.
d/w [[NAME|KL]] (CRNA). per [[NAME|c.o.]] ok to proceed.
Airway: prior easy DL [[DATE|5/2022]] (grade 1 view). HR 64, BP 136/82. Cr 0.9.
lives [[CITY|Skokie]].""",
    ),
    (
        "Pooja Venkatesan",
        """RADIOLOGY ADDENDUM
Exam: CT A/P w contrast, acc# [[ID|RA2404-88731]]
Pt: [[NAME|Pooja Venkatesan]]  DOB [[DATE|1988-11-04]]
Compared to prior ct [[DATE|3/10]]. 1.2 cm R adnexal cyst, unchanged. No free fluid.
Findings d/w Dr. [[NAME|Hoang]] by phone at 1412, read back.
Images available at [[URL|https://pacs.riverbend-imaging.example/view?acc=RA2404-88731]].
[[NAME|mfs]]""",
    ),
    (
        "Mohamed Abdi Nuur",
        """CLINIC NOTE
[[NAME|Mohamed Abdi Nuur]] 15 yo M here w/ father [[NAME|Abdi]] for asthma f/u.
[[NAME|mohamed]] uses albuterol 4-5x/wk, night sx 2x/wk -> step up to ICS/LABA.
Peak flow 310 (pred 420). spacer technique reviewed.
School nurse fax [[FAX|612-555-0193]] for action plan.
Lives [[CITY|Cedar-Riverside]], near smokers in bldg.
[[NAME|Abdi]] prefers text [[PHONE|612-555-0168]]. -[[NAME|lr]]""",
    ),
    (
        "Yohannes Tesfaye Gebru",
        """DISCHARGE SUMMARY
Pt: [[NAME|Yohannes Tesfaye Gebru]]  Acct [[ACCOUNT|7702918345]]
Admit [[DATE|12/26]]  D/c [[DATE|12/31]]
Dx: CAP, LLL. treated ceftriaxone/azithro -> PO amox.
O2 weaned to RA on [[DATE|12/29]].
Follow up PCP Dr. [[NAME|Selassie Worku]] within 1 wk; repeat CXR 6 wk.
wife [[NAME|almaz]] will pick up rx at his usual pharmacy.
discussed w/ [[NAME|yohannes]] and [[NAME|almaz]]; both agree.
- [[NAME|E. Fairweather]], PA-C""",
    ),
    (
        "Tran Minh Khoa",
        """wound care f/u
[[NAME|tran minh khoa]] 67M, DM foot ulcer R 1st MTH, 1.1x0.9 cm, probe to bone neg.
offloading boot. A1c 7.9 ([[DATE|Dec 2023]]).
son [[NAME|duc]] drives up from [[CITY|Worcester]] for visits.
xr foot [[DATE|1/17]] no osteo.
wound vac not indicated. Braden 20.
RTC 2 wk. pt ok w/ photos to chart.
[[NAME|dpk]]
daughter-in-law [[NAME|hang]] can come if [[NAME|duc]] unavailable. pt takes 1/2 tab glipizide AM only.""",
    ),
    (
        "Fua'ao Lealaiauloto",
        """NUTRITION CONSULT
[[NAME|Lealaiauloto, Fua'ao]]  rm 612B
BMI 44. eating 1/2 of meals, prefers taro/fish, family brings food.
daughter [[NAME|Losa]] and friend [[NAME|tavita]] bring lunch daily.
Alb 2.9. Recommend protein supplement TID.
diabetic diet reinforced; teaching done w/ [[NAME|losa]] interpreting.
Next RD f/u [[DATE|Wed]].
[[NAME|jh]], RD
wt [[DATE|5/14]] 142 kg, today 139 kg. pt from [[CITY|Carson]], church group visiting.
K 4.0, Phos 2.1 - monitor refeeding.""",
    ),
    (
        "Pauline Kealamakia",
        """OCC HEALTH
[[NAME|Pauline Kealamakia]], bus driver, CDL [[LICENSE|H4028813]] exp [[DATE|09/2026]].
DOT physical: vision 20/25 OU, hearing whisper test pass. BP 134/86. UA neg protein/glucose.
sleep apnea screen STOP-BANG 3.
Cleared 2 yrs. Employer copy faxed to [[FAX|(808) 555-0128]].
Lives [[CITY|Kaneohe]]. [[NAME|pk]] requested paper copy too.
meds: lisinopril 10. no insulin. Epworth 6/24. hx knee sx [[DATE|3/2019]], full duty since.
employer contact [[NAME|Kamaka]], safety mgr.""",
    ),
    (
        "Hamid Wardak",
        """TELEHEALTH VISIT [[DATE|6/3]]
[[NAME|Hamid Wardak]] connected via video from home.
connection dropped x2; pt IP [[IP|198.51.100.47]] logged by IT for troubleshooting.
HTN f/u: home BPs 120s-140s/80s. on amlodipine 10.
brother [[NAME|Jawed]] helps w/ tech.
Labs ordered at [[CITY|Fremont]] draw station.
portal msg to [[EMAIL|h.wardak.fam@example.net]] w/ instructions.
RTC 3 mo. [[NAME|nm]]""",
    ),
    (
        "Levan Beridze",
        """ICU NOTE
[[NAME|BERIDZE, LEVAN]]  bed 14
sedated on propofol, RASS -2. vent AC 450/14/PEEP 8/FiO2 40%.
ABG 7.38/42/88.
Art line placed [[DATE|10/11]] R radial. Foley in, UOP 50/h.
wife [[NAME|Maia]] at bedside daily, updated. brother [[NAME|giorgi]] calling from [[CITY|Tbilisi]].
goals of care mtg [[DATE|Thurs]] w/ [[NAME|JM]] + Dr [[NAME|Abashidze]].
- [[NAME|ak]] overnight
cx [[DATE|10/9]] MSSA -> cefazolin. CXR improving. plt 88, heparin SQ held.""",
    ),
    (
        "Lusine Petrosyan",
        """REFILL REQUEST
[[NAME|Lusine Petrosyan]] called for levothyroxine 88 mcg refill, 90 d.
last TSH [[DATE|2/14]] 2.1 - ok.
sending to pharmacy on file.
pt asked that future calls go to husband [[NAME|Vartan]] at [[PHONE|818-555-0110]].
DOB verified [[DATE|7/19/1962]].
routed to [[NAME|kmp]] for sign. [[NAME|levon]] (son) picked up prior rx.
pt notes palpitations 2-3x/wk; ECG next visit. HR today n/a (phone).""",
    ),
    (
        "Esperanza Mamani Condori",
        """PRENATAL VISIT 28 wk
[[NAME|Esperanza Mamani Condori]], G2P1. GDM screen 1 hr 152 -> 3 hr ordered.
FH 28, FHT 145. BP 110/68.
husband [[NAME|wilber]] works in [[CITY|Falls Church]], came on lunch break.
Tdap today, lot AC52B031. Rhogam not needed, Rh+.
Next visit [[DATE|8/22]]. Medicaid #[[HEALTH_PLAN|CX80014735]].
[[NAME|Mamani]] speaks Quechua at home, Spanish ok for visit.""",
    ),
    (
        "Nguyen Van Long",
        """ADMISSION NOTE
Pt: [[NAME|NGUYEN VAN LONG]]   [[AGE|91]] M   MRN [[MRN|3301-7755]]
CC: confusion. UA + LE/nitrite. Na 129.
baseline per daughter [[NAME|thuy]]: ambulates w/ walker, knows family.
son-in-law [[NAME|Bryce]] is HCP; forms scanned [[DATE|Jan 2022]].
strength 4/5 all ext. no Babinski.
Plan: CTX, fluids, delirium precautions.
[[NAME|thuy]] #: [[PHONE|714-555-0138]] ([[CITY|Westminster]]).
[[NAME|jm]]/[[NAME|dpk]]""",
    ),
    (
        "Xiong Chue",
        """NEURO CLINIC
[[NAME|Chue Xiong]] 58M, s/p L MCA stroke [[DATE|Oct 2023]]. R arm 3/5, leg 4/5.
Wife [[NAME|yer]] and son [[NAME|kou]] here. [[NAME|kou]] interprets.
on ASA/statin. LDL 64. BP 124/70.
Spasticity R elbow -> botox referral.
Drives? no. Family from [[CITY|Frogtown]] area, church friends help.
follow up w/ [[NAME|Vang]] (stroke NP) 3 mo.
[[NAME|sv]]
MRI brain [[DATE|11/2]] stable. [[NAME|yer]] asks about PT in [[CITY|Maplewood]], closer to home. pt's PHQ-2 = 1.""",
    ),
    (
        "Nasra Hassan Ali",
        """ED NOTE [[DATE|11/9]]
[[NAME|Nasra Hassan Ali]] 24F, 10 wk by LMP, vaginal bleeding since this AM. pain 6/10 cramping.
VS BP 112/70 HR 98. Hgb 12.1. Rh pos.
TVUS: IUP, FHR 162. subchorionic hematoma small.
friend [[NAME|ikran]] drove her from [[CITY|Columbus]] west side.
d/c w/ precautions, OB f/u.
pt prefers contact via [[EMAIL|nasra.h.ali@example.com]].
d/w [[NAME|RR]], see attestation.""",
    ),
    (
        "Efosa Osagie",
        """PCP VISIT
[[NAME|Efosa Osagie]] 44M, new pt.
Prior records from [[CITY|Houston]] clinic requested (fax [[FAX|713-555-0154]]).
HTN, on nothing x 1 yr. BP 162/100, 158/98 repeat.
FHx: father stroke at 52.
starting chlorthalidone 12.5. BMP 2 wk.
Wife [[NAME|Osaretin]] present, also due for PAP, will schedule.
ins member ID [[HEALTH_PLAN|BCX-883017426]].
[[NAME|Efosa]] agrees.""",
    ),
    (
        "Lakshmi Narasimhan",
        """PALLIATIVE CARE
[[NAME|Lakshmi Narasimhan]], [[AGE|94]] y/o F w/ metastatic breast ca.
PPS 40%. pain 5/10 on oxycodone 5 q4h prn, using 4/day.
daughters [[NAME|geetha]] and [[NAME|vani]] visiting from [[CITY|Chennai]] until [[DATE|Diwali]].
code status: DNR/DNI confirmed w/ pt and [[NAME|geetha]] [[DATE|Sept 30]].
Plan: start long-acting, bowel regimen.
- [[NAME|mk]] / Rev. [[NAME|Ochoa]] (chaplain) also saw""",
    ),
    (
        "Solomon Desta",
        """PHARMACY NOTE
Vanc trough [[DATE|3/8]] 0530 = 22 (goal 15-20). dose held x1, reduce to 1 g q12.
pt [[NAME|Solomon Desta]], Cr 1.1 -> 1.4.
Paged Dr. [[NAME|Mehari]] at pgr [[PHONE|4-7712]], no answer, re-paged.
AUC dosing per protocol. repeat level [[DATE|3/10]] AM.
[[NAME|sd]] (day pharmacist) aware.
- [[NAME|N. Hakobyan]], PharmD
also on pip-tazo. UOP 0.4 mL/kg/h overnight. d/w primary RN [[NAME|kiflom]].""",
    ),
    (
        "Gloria Yazzie",
        """SOCIAL WORK
[[NAME|Gloria Yazzie]] 38F admitted w/ EtOH withdrawal, CIWA 14.
lives w/ partner [[NAME|Ray]] in [[CITY|Gallup]], 3 kids staying w/ her mother [[NAME|Bernice]].
no phone; leave msgs w/ mother [[PHONE|505-555-0183]].
vehicle impounded after DUI, truck VIN [[VEHICLE|1FTEW1E54KFB30981]].
pt interested in residential tx. referral sent [[DATE|5/6]].
[[NAME|ray]] to bring ID and clothes.""",
    ),
    (
        "Sokhom Prak",
        """DENTAL CLINIC
[[NAME|Sokhom Prak]] 55F. tooth #30 fx, pain 8/10 on chewing.
PA xr: periapical radiolucency. Rx amox, RCT referral.
BP 142/90 - advised PCP f/u.
daughter [[NAME|sreymom]] translates (Khmer).
from [[CITY|Lowell]], visits [[CITY|Lowell]] clinic for PCP.
next appt [[DATE|Jan 9]]. pt ok to text.
[[NAME|tk]] DDS
meds: amlodipine 5, metformin. allergy: none. BP recheck 138/88. [[NAME|sreymom]] cell [[PHONE|978-555-0115]].""",
    ),
    (
        "Aroha Te Whata",
        """INFUSION CENTER
[[NAME|Aroha Te Whata]] C3D1 FOLFOX. ANC 1.9, plt 142.
port accessed, good blood return. Port SN [[DEVICE|PWR-8F-77310Q]].
neuropathy grade 1. nausea controlled.
partner [[NAME|hemi]] drove from [[CITY|Bellingham]].
pump d/c [[DATE|Fri]] 1100 by home infusion.
[[NAME|te whata]] asks re holiday schedule around [[DATE|Christmas]].
[[NAME|cg]]
CEA [[DATE|9/12]] 4.1 from 11. wt stable. [[NAME|hemi]] # [[PHONE|360-555-0144]].""",
    ),
    (
        "Bayarmaa Tserendorj",
        """ENDOCRINE F/U
[[NAME|Bayarmaa Tserendorj]] 39F. Graves, on methimazole 10. FT4 1.4, TSH <0.01.
Eye sx stable. HR 88.
pregnancy plans: wants to conceive in 2025, discussed switching to PTU 1st tri.
husband [[NAME|Ganbold]] present.
lab order portal: [[URL|www.labportal-example.org/order/88120]].
Next TSH mid-[[DATE|June]], draw at [[CITY|Arlington]] site.
[[NAME|TB]] endo""",
    ),
    (
        "Ahmed Yusuf Dualeh",
        """URGENT CARE
[[NAME|Ahmed Yusuf Dualeh]] 31M, lac L hand from box cutter at work. 3 cm, no tendon involvement, FROM.
Td up to date ([[DATE|2021-08-14]]).
repaired 5 sutures 4-0 nylon. suture removal 10 days.
employer WC claim # [[ID|WC-44-190275]].
coworker [[NAME|Faisal]] drove him. pt lives [[CITY|Minneapolis]].
[[NAME|dualeh]] given work note, light duty.
[[NAME|eb]] PA""",
    ),
    (
        "Tsering Dolma",
        """HOSPICE VISIT
[[NAME|Tsering Dolma]], [[AGE|90]] yo F, [[ADDRESS|3312 Park Ave S, #4]], [[CITY|Richfield]] [[ZIP|55423]].
bed-bound. PPS 30. eating sips. no pain per PAINAD 0/10.
nephew [[NAME|tenzin]] and his wife [[NAME|pema]] providing care 24/7.
monk from community visiting.
hospice aide Tues/Thurs. comfort kit in home.
[[NAME|tenzin]] # [[PHONE|612 555 0199]].
[[NAME|lw]] RN
last BM [[DATE|Sun]]. senna 2 tabs qhs. morphine 2.5 mg SL prn dyspnea, used x1 since visit [[DATE|8/4]].""",
    ),
    (
        "Mariam Stanekzai",
        """WOMEN'S HEALTH
[[NAME|Mariam Stanekzai]] 33F, arrived from [[CITY|Kabul]] [[DATE|Aug 2021]], SIV.
Pap [[DATE|2/2]] ASCUS, HPV neg -> routine.
husband [[NAME|Farid]] waiting outside at pt request.
screened for IPV privately - neg.
pt wants IUD, scheduled [[DATE|4/19]].
Dari interp ms. [[NAME|sharifi]] present.
Aetna ID [[HEALTH_PLAN|W228103977]].
[[NAME|b.h.]]
hx 2 SVD, LMP [[DATE|3/28]]. BP 104/66. UCG neg today.""",
    ),
    (
        "Oyelaran Temitope",
        """PACU NOTE
[[NAME|Temitope Oyelaran]] s/p lap chole. aldrete 9/10. pain 4/10 after 50 mcg fentanyl.
no PONV. voided.
mom [[NAME|bisola]] to take home; lives [[CITY|Upper Darby]].
d/c instructions reviewed w/ [[NAME|bisola]] and pt.
call [[PHONE|267-555-0157]] if fever.
nursing [[NAME|JS]] / [[NAME|MT]] handoff done.
[[NAME|ACOSTA]] (surgeon) to call pt [[DATE|Mon]].
SpO2 97% RA, BP 122/76. incision sites c/d/i x4. f/u clinic [[DATE|7/15]] w/ Dr. [[NAME|Acosta]].""",
    ),
    (
        "Mako Tanaka-Kahale",
        """PEDS ED
[[NAME|Mako Tanaka-Kahale]] 4 yo M, fell off bunk bed, R wrist deformity.
xr: buckle fx distal radius. splint, ortho f/u 1 wk.
mom [[NAME|Leilani]] at bedside; dad [[NAME|kenji]] on the way from [[CITY|Hilo]].
no NAT concerns, story consistent.
ibuprofen 10 mg/kg. pain 3/10 (FACES).
peds ortho clinic # given.
school note. [[NAME|Leilani]] cell [[PHONE|808.555.0102]].""",
    ),
    (
        "Bekzod Rakhimov",
        """CARDIOLOGY
[[NAME|Bekzod Rakhimov]] 59M, HFrEF EF 30%. ICD in place, Boston Sci SN [[DEVICE|112993A]].
NYHA II. wt stable. BNP 410 ([[DATE|5/1]]) from 890.
on GDMT, add SGLT2i today.
daughter [[NAME|dilnoza]] manages meds; calls from [[CITY|Brooklyn]].
remote data via [[URL|https://latitude.example.com/pt/112993A]].
RTC 6 wk. d/w [[NAME|hn]].
K 4.6, Cr 1.2. BP 104/68. wife [[NAME|Nargiza]] came from [[CITY|Staten Island]] w/ pt.""",
    ),
    (
        "Kiri Lautoka",
        """CHART NOTE [[DATE|8/30/2024]]
Received outside records for [[NAME|Kiri Lautoka]] via fax from [[FAX|916.555.0160]].
Echo [[DATE|6/2024]]: EF 55%, mild MR.
scanned into chart, acct [[ACCOUNT|AC-0091-552871]].
pt's partner [[NAME|Tomasi]] notified by phone.
prior address [[ADDRESS|819 Elm Ridge Rd]], [[CITY|Roseville]] [[ZIP|95678]] - updated.
[[NAME|hr]]
Stress test [[DATE|7/1/24]] neg for ischemia. new phone [[PHONE|279-555-0121]].""",
    ),
    (
        "Karim Barzani",
        """DERM CLINIC
[[NAME|Karim Barzani]] 46M. pigmented lesion L back 8 mm, irregular border. shave bx sent, path # [[ID|S24-031877]].
other lesions benign-appearing SKs.
sunscreen counseling. FBSE 1/yr.
wife [[NAME|shilan]] noticed change last [[DATE|Christmas]].
pt works construction in [[CITY|Fargo]].
result call: [[PHONE|701-555-0170]].
[[NAME|avk]]
hx BCC excised [[DATE|4/2021]]. no FHx melanoma. skin type II. will call w/ path in 7-10 days.""",
    ),
    (
        "Mulugeta Assefa Bekele",
        """NIGHT FLOAT EVENT NOTE
called to see [[NAME|mulugeta]] (rm 9) for HR 140s, AF RVR. BP 118/72. asymptomatic.
dilt 10 mg IV x1 -> HR 90s. Mg 1.7, K 3.6 - repleted.
tele box [[DEVICE|TX-4471-B9]] reapplied, leads off earlier.
wife [[NAME|Genet]] called, updated at [[PHONE|202-555-0178]].
last echo [[DATE|5/30]] EF 45%. home in [[CITY|Silver Spring]].
Discussed w/ [[NAME|JM]] by phone. Will sign out to day team ([[NAME|Kassa]]/[[NAME|ol]]).
- [[NAME|tnb]] 0310""",
    ),
]

MARK = re.compile(r"\[\[([A-Z_]+)\|([^\]]+)\]\]")


def strip(src):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        start = sum(len(s) for s in out)
        cat, val = m.group(1), m.group(2)
        out.append(val)
        spans.append([start, start + len(val), cat, val])
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), spans


def build():
    recs = []
    for i, (patient, src) in enumerate(NOTES, 1):
        text, spans = strip(src)
        recs.append(
            {
                "note_id": "f%02d" % i,
                "patient": patient,
                "text": text,
                "spans": [[s, e, c] for s, e, c, _ in spans],
                "_vals": [v for *_, v in spans],
            }
        )
    return recs


def validate(recs):
    errs = []
    ids = set()
    for r in recs:
        nid, t = r["note_id"], r["text"]
        if nid in ids:
            errs.append("%s duplicate id" % nid)
        ids.add(nid)
        if "[[" in t or "]]" in t:
            errs.append("%s leftover markup" % nid)
        if not 300 <= len(t) <= 800:
            errs.append("%s length %d" % (nid, len(t)))
        prev = 0
        for (s, e, c), v in zip(r["spans"], r["_vals"]):
            if c not in CATS:
                errs.append("%s bad cat %s" % (nid, c))
            if t[s:e] != v:
                errs.append("%s offset mismatch %r" % (nid, v))
            if v != v.strip() or not v:
                errs.append("%s whitespace in span %r" % (nid, v))
            if s < prev:
                errs.append("%s overlap/unsorted at %r" % (nid, v))
            prev = e
    return errs


def main():
    recs = build()
    errs = validate(recs)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deid_text_dev3.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(
                json.dumps(
                    {k: r[k] for k in ("note_id", "patient", "text", "spans")}, ensure_ascii=False
                )
                + "\n"
            )
    # re-read and check
    cnt = Counter()
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for row in rows:
        for s, e, c in row["spans"]:
            assert row["text"][s:e].strip() == row["text"][s:e]
            cnt[c] += 1
    print("wrote %s: %d notes, %d spans" % (path, len(rows), sum(cnt.values())))
    for c in sorted(cnt):
        print("  %-12s %d" % (c, cnt[c]))


if __name__ == "__main__":
    main()
