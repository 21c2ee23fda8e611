#!/usr/bin/env python3
"""Generate and validate bench/data/deid_text_dev7.jsonl.

Development set 7: Spanish, Portuguese and bilingual clinical text.  The notes
come from US clinics that serve Spanish- and Portuguese-speaking patients
(Massachusetts, Texas, Florida, New York, California, Illinois, Georgia) and
from clinics in Puerto Rico, Mexico, Central America, the Dominican Republic
and Brazil.  The document types vary on purpose: consultas and notas de
evolución, recetas and receituários, referencias and encaminhamentos,
resúmenes de egreso, atestados, WhatsApp exports and voice-note
transcriptions, SMS logs, portal messages, letters, forms, billing
statements, nursing hand-offs and raw speech-recognition dictation.  Dates
appear in Spanish and Portuguese forms (written out, day-first numerics,
Roman-numeral months, weekdays and holidays), ages over 89 are often written
out, names carry double surnames, particles and nicknames, and the national
identifiers of the region (CURP, INE, CPF, RG, DPI, DUI, cédulas, CNS, NSS)
sit beside US Medicaid/Medicare numbers and Latin American street addresses
(colonia, bairro, barrio, señas, carretera km, CEP, código postal).

Annotation conventions (HIPAA Safe Harbor):
* NAME covers every person - patient, family, friends, caregivers, staff -
  including nicknames and diminutives, lower-case or capitalised forms,
  initials used for a person, log-in names and social-media handles.  Titles
  (Dr., Dra., Sr., Sra., Don, Doña, Enf.) and credentials stay outside the
  span, and so does the "@" of a handle.  Kinship words and pets are not
  names; eponyms, celebrities and names inside facility or company names are
  not marked.
* DATE covers any date element finer than a year in any language and format:
  full dates, day+month, month+year, a lone month, and a weekday or holiday
  that dates an event.  Bare years, clock times, durations, ages under 90 and
  recurring schedules ("los lunes") are left alone.
* AGE marks only ages above 89, and only the number (digits or words).
* PHONE and FAX cover the whole number including any extension; EMAIL, URL
  (patient-specific links) and IP addresses are marked whole.
* SSN; MRN (record, expediente, prontuário, processo numbers); HEALTH_PLAN
  (Medicare, Medicaid, commercial, SUS/CNS, IMSS/ISSSTE and other foreign
  plan numbers); ACCOUNT (billing and payment accounts); LICENSE (driver's
  licences and professional licences: cédula profesional, CRM, COREN, CRF,
  exequátur); VEHICLE (plates, VINs); DEVICE (serial numbers); ID for every
  other person- or record-identifying code (CURP, INE, CPF, RG, DPI, DUI,
  national cédulas, passports, A-numbers, case, claim, chat and order
  numbers).  For labelled codes only the code itself is marked.
* ADDRESS is the street line (number + street, unit, colonia or bairro line
  with a house number, rural route, PO box, carretera km, Costa Rican
  "señas"); CITY covers cities, towns, municipios and neighbourhoods
  (colonias, bairros, barrios); ZIP covers ZIP codes, códigos postales and
  CEPs.  States, provinces, countries and islands are not marked.
* Not marked: facility, agency and company names (a marked town that also
  appears inside such a name goes in the note's allow tuple), drugs, device
  models, lot numbers, protocol numbers, scores, lab values, bed and room
  numbers, CID/ICD and CPT codes, bare years.

Stdlib only.  Run: python bench/data/make_deid_dev7.py
"""

from __future__ import annotations

from pathlib import Path

from _blind_markup import Note, write

OUT = Path(__file__).with_name("deid_text_dev7.jsonl")

NOTES: list[Note] = []


def note(nid: str, patient: str, body: str, allow: tuple[str, ...] = ()) -> None:
    NOTES.append((nid, patient, body, allow))


note(
    "d7-01",
    "Rosa Elvira Quintero Batista",
    """
CONSULTA DE SEGUIMIENTO - Medicina Familiar
Paciente: [[N|QUINTERO BATISTA, ROSA ELVIRA]]   MRN [[MRN|4471028]]   FN [[D|12/09/1951]]
Fecha de visita: [[D|3 de marzo de 2025]]
S: Pte de 73 a., natural de [[C|Santo Domingo]], vive con su hija [[N|Yesenia]] en [[ADDR|88 Haverhill St, Apt 2]], [[C|Lawrence]], MA [[Z|01841]]. Refiere mareos desde hace 4 días, niega síncope. Toma losartán 50 mg y metformina 850 mg c/12h.
O: TA 148/92, FC 78, glucosa capilar 212 mg/dL, HbA1c 8.9%.
A/P: HTA no controlada, DM2. Subir losartán a 100 mg; labs en 2 semanas. Cita con Dra. [[N|Amaral]] (endocrino) en 3 semanas.
Tel. de la hija: [[PH|(978) 555-0136]]
Firmado: [[N|L. Okafor-Ruiz]], MD
""",
)

note(
    "d7-02",
    "Maria Aparecida Mota",
    """
Conversa do WhatsApp exportada p/ prontuário [[MRN|FRM-220918]] - Clínica Saúde Brasil, [[C|Framingham]] MA
[[D|14/03/25]] 08:41 - [[N|Cida Mota]]: bom dia dra aqui é a [[N|Maria Aparecida Mota]], a pressão ta 16 por 10 hj e dor de cabeça
[[D|14/03/25]] 08:55 - Recepção [[N|Thaís]]: Bom dia dona [[N|Cida]]! A Dra. [[N|Vasconcelos]] pede pra senhora vir hoje às 14h. Tem carona?
[[D|14/03/25]] 09:02 - [[N|Cida Mota]]: meu genro [[N|Wellington]] me leva. meu numero novo é [[PH|+1 508-555-0177]], o [[PH|(11) 95555-0142]] era do Brasil
[[D|14/03/25]] 09:10 - Recepção: Anotado ✅ Traga a caixinha da losartana e o cartão do MassHealth ([[HP|100298374615]]). PA 160x100 com cefaleia = vir hoje, não esperar a consulta de rotina.
""",
)

note(
    "d7-03",
    "Ma. Guadalupe Orozco Tapia",
    """
HOSPITAL SAN JAVIER - CONSULTORIO 214
Dr. [[N|Héctor Manuel Ibarra Zúñiga]] - Medicina Interna (Universidad de Guadalajara)
Céd. Prof. [[LIC|4819273]]   Céd. Esp. [[LIC|7720145]]

Paciente: [[N|Ma. Guadalupe Orozco Tapia]]   Edad: 67 años   Fecha: [[D|21-feb-2025]]
CURP: [[ID|OOTG570804MJCRPD03]]   Tel. [[PH|33 5550 1294]]
Domicilio: [[ADDR|Calle Herrera y Cairo 1187 int. 4]], Col. [[C|Santa Teresita]], C.P. [[Z|44600]], [[C|Guadalajara]], Jal.
Dx: Diabetes mellitus tipo 2 descontrolada. Neuropatía periférica.
Rp/
1. Metformina/glibenclamida 500/5 mg - 1 tab. c/12 h con alimentos x 30 días.
2. Pregabalina 75 mg - 1 cáps. por la noche.
3. Complejo B - 1 diaria.
Próxima cita: [[D|lunes 24 de marzo]]. Traer registro de glucometrías.
""",
    allow=("Guadalajara",),
)

note(
    "d7-04",
    "Ana Celia Maldonado Vda. de Rivera",
    """
RESUMEN DE EGRESO - Hospital Episcopal del Norte, [[C|Arecibo]]
Paciente: Doña [[N|Ana Celia Maldonado Vda. de Rivera]]   Expediente [[MRN|00-48-17-3]]   Cuarto 512-B
Plan Vital [[HP|PV0038817240]]   Medicare [[HP|4TM2-QW8-RK61]]
Admisión [[D|2/ene/2025]]  Egreso [[D|9/ene/2025]]   Edad: [[A|noventa y dos]] años
Dx: Pulmonía adquirida en la comunidad LID. ICC (FE 35%), FA crónica en apixabán, ERC 3b.
Curso: ceftriaxona + azitromicina x 5 días. O2 2 L/min hasta el [[D|6 de enero]]. Terapia Física: deambula con andador.
Egresa a su hogar, [[ADDR|Urb. Los Maestros, Calle 4 C-17]], [[C|Arecibo]], PR [[Z|00612]], con su nieta [[N|Keishla]] ([[PH|787-555-0158]]).
Seguimiento con su médico primario en 1 semana; INR no aplica (apixabán).
Dictado: Dra. [[N|M. Santiago Ortiz]]   Cuenta hospitalaria [[ACCT|H25-0009913]]
""",
)

note(
    "d7-05",
    "Josefa Nunes de Araújo",
    """
SECRETARIA MUNICIPAL DE SAÚDE - UBS Jardim Helena
GUIA DE REFERÊNCIA E CONTRARREFERÊNCIA
Usuária: [[N|Josefa Nunes de Araújo]]   Data nasc.: [[D|02/11/1958]]
Nome da mãe: [[N|Raimunda Nunes de Araújo]]
CNS [[HP|700 5081 4427 9163]]   CPF [[ID|000.482.917-35]]   RG [[ID|23.558.140-7]] SSP/SP
Endereço: [[ADDR|Rua Flor de Maio, 212, casa 2]] - [[C|Vila Curuçá]] - [[C|São Paulo]]/SP - CEP [[Z|08030-410]]
Tel.: [[PH|(11) 95555-0163]]
Encaminhada para: Cardiologia - AME Maria Zélia
Motivo: hipertensa há 20 anos, dispneia aos médios esforços, ECG com BRE novo. Eco indisponível na UBS.
HD: ICC? CID-10 I50.9
Data: [[D|19 de fevereiro de 2025]]
Médico: [[N|Rafael T. Yamamoto]] - CRM-SP [[LIC|148203]]
""",
)

note(
    "d7-06",
    "Ernesto Garza Villarreal",
    """
Valley Family Health - [[C|McAllen]] TX      DOS [[D|04/07/2025]]
Pt: [[N|GARZA VILLARREAL, ERNESTO]] ("[[N|Neto]]")   DOB [[D|11/30/1968]]   MRN [[MRN|VFH0092217]]
Texas Medicaid ID [[HP|520883417]]. Spanish-speaking, wife [[N|Norma]] present.
S: "Se me duermen los pies y ya no veo bien de lejos." Polyuria x 2 mo. Ran out of glargine around [[D|Easter]]. Works at a packing shed.
O: BP 152/88, wt 104 kg, BMI 35.1, A1c 11.2% (9.4% last year). Monofilament decreased bilat.
A: T2DM uncontrolled w/ neuropathy. HTN.
P: Restart glargine 28 u qhs, titrate 2 u q3d to FBG 100-130. Optometry referral. Promotora to call pt at [[PH|956-555-0119]] on [[D|Thursday]].
RTC 2 wk. -- [[N|A. Bhattacharya]], PA-C
""",
)

note(
    "d7-07",
    "Marvin Josué Padilla Erazo",
    """
[[C|San Pedro Sula]], [[D|12 de agosto de 2024]]

Señores
Clínica Esperanza - Departamento de Récords Médicos

Por medio de la presente yo, [[N|Marvin Josué Padilla Erazo]], con tarjeta de identidad [[ID|0501-1979-04412]], solicito copia de mi expediente (número [[MRN|CE-77120]]) de cuando me atendieron entre [[D|marzo]] y [[D|junio de 2022]] por la fractura del brazo. Ahora vivo de regreso en Honduras, [[ADDR|colonia Satélite, bloque 7, casa 19]], y el ortopeda de aquí necesita las radiografías.
Pueden enviarlo al correo [[EM|marvinpadilla79@hotmail.com]] o por WhatsApp al [[PH|+504 9555-0187]]. Autorizo a mi hermana [[N|Delmy]] a recogerlo; ella vive en [[C|Pasadena]], TX.

Agradecido,
[[N|Marvin J. Padilla]]
""",
)

note(
    "d7-08",
    "Wilfredo Rivera Cintrón",
    """
NOTA DE ENFERMERÍA - Unidad de Intermedio, cama 7
[[D|Sábado 8 de febrero]], turno 07:00-19:00
Pcte: [[N|Rivera Cintrón, Wilfredo]] (le dicen "[[N|Fello]]"), récord [[MRN|PR-0093318]]
07:30 Recibo pcte despierto, orientado x3. Dolor 4/10 en herida abdominal. Terapia de presión negativa funcionando a -125 mmHg, unidad serie [[DEV|VFS-2847731]].
10:15 Cambio de canister. Drenaje serosanguinolento 80 mL.
13:00 Visita esposa [[N|Iris Nereida]]; pregunta por alta, se orienta.
15:40 Glucosa 188, insulina lispro 4 U por escala.
18:30 Pcte dice que su hijo [[N|Wilfredito]] llega de [[C|Orlando]] el [[D|lunes]]. Entrego a RN del turno nocturno.
Firma: [[N|Nilsa M. Otero]], RN  Lic. [[LIC|RN-118274]]
""",
)

note(
    "d7-09",
    "Lucas Henrique Ferraz da Silva",
    """
LABORATÓRIO BIOANÁLISES SANTA CLARA LTDA.
Paciente: [[N|LUCAS HENRIQUE FERRAZ DA SILVA]]   Idade: 34a
Pedido nº [[ID|2025-0318-44712]]   Convênio: Unimed   Carteirinha [[HP|0 032 481927004517 8]]
Solicitante: Dr(a). [[N|Beatriz Q. Lacerda]]  CRM [[LIC|52.88431-7]]
Coleta: [[D|18/03/2025]] 07:12   Liberado: [[D|19/03/2025]] 11:40
HEMOGRAMA: Hemoglobina 10,9 g/dL (13,5-17,5); VCM 71 fL (80-100)
Ferritina 8 ng/mL (30-400)
SOROLOGIA P/ DOENÇA DE CHAGAS (ELISA): NÃO REAGENTE
Obs.: 1ª coleta em [[D|14/03]] hemolisada, amostra recoletada. Resultado comunicado por telefone ao paciente ([[PH|(21) 98555-0122]]) e à médica solicitante.
Resp. técnico: [[N|Pedro Okonkwo Mendes]] - CRF-RJ [[LIC|11203]]
""",
)

note(
    "d7-10",
    "Ximena Aguilar-Tzul",
    """
TELEHEALTH ENCOUNTER AUDIT / REGISTRO DE TELECONSULTA   DOS [[D|02/26/2025]]
Platform ClinicLink Video v4.2 | Session [[ID|TLH-8830-20250226-0917]]
Patient: [[N|Ximena Aguilar-Tzul]]   Portal user: [[N|ximena.at93]]   MRN [[MRN|55092817]]
Patient IP [[IP|73.162.48.205]]   Provider IP [[IP|10.40.2.118]]
Pt-reported location: casa de su tía en [[C|Van Nuys]], CA [[Z|91405]]
Joined 09:17, ended 09:41. K'iche' interpreter requested, none available; visit done in Spanish at pt's preference.
Link: [[URL|https://visit.cliniclink.example/j/8830?pt=55092817&tok=Qx7fZ]]
Confirmation sent to [[EM|ximena.at93@gmail.com]]
Provider: [[N|Samuel Oyelaran]], NP. Follow-up video visit [[D|Wed 3/12]].
""",
)

note(
    "d7-11",
    "Brayan Alexis Mendoza",
    """
CRUZ ROJA MEXICANA - Delegación [[C|Zapopan]]
FRAP folio [[ID|ZAP-25-006318]]   Ambulancia unidad 114
Fecha: [[D|sábado 15/feb/2025]]   Llamada 22:48  Arribo 23:01
Lugar: [[ADDR|Av. Aviación esq. Camino a la Venta]], Col. [[C|San Juan de Ocotán]]
Mecanismo: motocicleta (placas [[VEH|9XCK4]]) contra sedán placas [[VEH|JHX-218-B]] de Jalisco.
Paciente: masculino, [[N|Brayan Alexis Mendoza]], 19 años, conductor de la moto, con casco. Glasgow 14, FC 118, TA 100/60, SatO2 95%. Deformidad en pierna izq.
Conductor del auto: [[N|Sergio Landeros]], 52 a., sin lesiones, queda con tránsito municipal.
Trasladado a Hospital Civil Nuevo; entregado al médico de guardia de Urgencias Adultos.
TUM: [[N|Karla Paola Ríos]] / operador unidad 114
""",
)

note(
    "d7-12",
    "Yadiel Peña Almonte",
    """
Farmacia La Quisqueyana - voicemail transcript (auto, unedited)
Received [[D|Mon 01/13/2025]] 6:52 PM from [[PH|(646) 555-0104]]
"hola buenas es [[N|Ramona Peña]] la mama de [[N|yadiel]]... [[N|Yadiel Peña Almonte]], fecha de nacimiento [[D|veinte de junio del dos mil quince]], el necesita el refill del albuterol y el singulair, la receta es la [[ID|4409172]]... ah y cambiamos de seguro, ahora es Fidelis, numero de miembro [[HP|F0R4417726]]... nos mudamos al [[ADDR|560 West 165 Street apartamento 4B]], [[Z|10032]]... llámeme a este o al de mi esposo [[PH|347 555 0190]], gracias, bendiciones"
Tech note: profile updated by [[N|dmarte]]; Rx transferred from Walgreens.
""",
)

note(
    "d7-13",
    "Rosalía Caal Choc",
    """
Hospital Regional de Cobán - Medicina de Mujeres, cama 14
NOTA DE EVOLUCIÓN [[D|27/01/2025]] 07:30 h
Paciente: [[N|Rosalía Caal Choc]], 46 años, DPI [[ID|2417 58903 1601]], Reg. [[MRN|HRC-25-00411]]
Procede de [[C|San Pedro Carchá]]. Habla q'eqchi'; traduce su hija [[N|Ana Lucía]] (tel. [[PH|+502 5555 0148]]).
S/ Menos dolor en hipocondrio derecho, tolera dieta líquida. Afebril 48 h.
O/ T 37.1, FC 84, TA 110/70. Murphy negativo. Ictericia leve. Leucocitos 9,800 (ayer 16,200).
A/ Colecistitis aguda litiásica en resolución, día 4 de ceftriaxona + metronidazol.
P/ Completar 7 días. Colecistectomía electiva; control en consulta externa de [[C|Cobán]] el [[D|10 de febrero]].
Dr. [[N|Byron Coc]] / médico EPS
""",
    allow=("Cobán",),
)

note(
    "d7-14",
    "Gabriel Bezerra Nóbrega",
    """
ATESTADO MÉDICO

Atesto, para os devidos fins, que o Sr. [[N|Gabriel Bezerra Nóbrega]], portador do RG nº [[ID|3.774.291]] SDS/PE e CPF [[ID|000.331.652-80]], esteve sob meus cuidados nesta data, [[D|quarta-feira, 9 de abril de 2025]], das 08h às 11h30, necessitando de afastamento de suas atividades laborais por 03 (três) dias a partir de [[D|09/04/2025]].
CID-10: A90 (dengue) - informado com autorização expressa do paciente.

[[C|Recife]], [[D|9 de abril de 2025]].

______________________________
Dra. [[N|Letícia Wanderley Cavalcanti]]
Clínica Médica - CRM-PE [[LIC|27419]]
Policlínica Boa Vista - tel. [[PH|(81) 3555-0190]]
""",
)

note(
    "d7-15",
    "Cándido Rosado Figueroa",
    """
PRIOR AUTHORIZATION REQUEST - Triple-S Advantage (Medicare Advantage)
Submitted [[D|2025-05-06]]   Ref # [[ID|PA-2025-118834]]
Member: [[N|Cándido Rosado Figueroa]]   DOB [[D|1939-10-22]]   Age 85
MBI [[HP|5KW3-HN7-TP24]]   Member ID [[HP|TSA480017265]]
Address: [[ADDR|Calle Betances 41]], [[C|Yauco]], PR [[Z|00698]]
Requested: home O2 concentrator + portable (E1390/E0431).
Clinical: COPD GOLD 3, resting SpO2 86% RA at last office visit; PaO2 54. Ex-smoker 60 pack-yr.
Ordering: Dr. [[N|Iván E. Matos]]
Contact: Referidos [[PH|787-555-0121 ext. 2204]] / Fax [[FX|787-555-0122]]
Nota: paciente vive solo; usa O2 nocturno prestado por un vecino.
""",
)

note(
    "d7-16",
    "Katherine Yamileth Hernández de Amaya",
    """
CONTROL PRENATAL - UCSF Intermedia Ilobasco
Usuaria: [[N|Katherine Yamileth Hernández de Amaya]]   DUI [[ID|04839217-6]]   Exp. [[MRN|2318-24]]
Edad 27 a. G3P2A0. FUR [[D|10/10/2024]]   FPP [[D|17/07/2025]]   EG 22.1 sem.
Dirección: [[ADDR|Cantón San José, caserío Los Mangos, casa 3]], [[C|Ilobasco]], Cabañas
Control #4, [[D|14 de marzo de 2025]]. Movimientos fetales +, sin sangrado ni pérdida de líquido.
AU 22 cm, FCF 146 lpm, TA 100/64, sin edema. Hb 10.8: sulfato ferroso.
Td 2a dosis hoy, lote 4Q771B.
Esposo [[N|Wilber Amaya]] trabaja en [[C|San Salvador]]; tel. [[PH|+503 7555-0162]].
Próximo control [[D|11/04/2025]] con enfermería materno-infantil.
""",
    allow=("Ilobasco",),
)

note(
    "d7-17",
    "Heloísa Vitória Santos Barreto",
    """
CADERNETA DA CRIANÇA - transcrição do registro vacinal (UBS Vila Nova)
Criança: [[N|Heloísa Vitória Santos Barreto]]   DN [[D|30/06/2024]]
Mãe: [[N|Jéssica Santos]]   CNS [[HP|898 0012 7734 5521]]
BCG + Hep B ...... [[D|01/07/2024]] maternidade, lote 231VFA058
Penta/VIP/Pneumo10/Rota 1ª .. [[D|30/08/2024]] vacinadora [[N|R. Gusmão]]
2ª doses ......... atrasadas
3ª doses ......... [[D|08/01/2025]] (atrasou: família passou o [[D|Natal]] em [[C|Natal]]/RN)
Febre amarela: pendente, retornar em [[D|março]].
Mãe prefere WhatsApp [[PH|(71) 99555-0137]]. Endereço novo: [[ADDR|Travessa São Benedito, 18]], [[C|Liberdade]], [[C|Salvador]]-BA, [[Z|40325-090]].
""",
)

note(
    "d7-18",
    "Juana Xicohténcatl",
    """
SOCIAL WORK PROGRESS NOTE
Pt: [[N|Juana Xicohténcatl]] ([[MRN|M0028815]]), 61F, admitted for CHF exacerbation.
Met pt and daughter [[N|Araceli]] at bedside (rm 9-W-14) with in-person Spanish interpreter.
Pt lives alone in a 2nd-floor walk-up at [[ADDR|1842 S. Throop St]], [[C|Pilsen]], [[C|Chicago]] [[Z|60608]]; no elevator. A son helps with groceries; family afraid to apply for benefits. Emergency Medicaid application # [[ID|IL-ABE-3392017]] submitted [[D|Jan 8]].
Plan: PCP referral to Alivio Medical Center; Meals on Wheels; HH PT eval. Will call daughter at [[PH|773-555-0189]] on [[D|Friday]] re: ramp. Pt prefers to be called Doña [[N|Juanita]].
-- [[N|K. Nowak]], LCSW
""",
)

note(
    "d7-19",
    "Heriberto Nieves Quiñones",
    """
UNIDAD DE DIÁLISIS - PLAN DE CUIDO INTERDISCIPLINARIO
Paciente: [[N|Heriberto Nieves Quiñones]]   Récord [[MRN|DX-20417]]
Horario: lunes, miércoles y viernes 5:30 AM, silla 12.
Acceso: FAV braquiocefálica izq. creada el [[D|15 de julio de 2021]]; thrill presente.
Kt/V 1.31, albúmina 3.6, Hb 10.4, fósforo 6.8 - reforzar sevelamer 800 mg con comidas.
Incidente: faltó el [[D|miércoles]] pasado (carro en el taller); llegó al día siguiente con K 6.1.
Transporte: solicitar a Plan Vital, contrato [[HP|MSV-009183472]].
Vive en [[ADDR|Bo. Palo Seco, Carr. 165 Km 12.1]], [[C|Toa Baja]] [[Z|00949]]; esposa [[N|Nydia]] [[PH|(787) 555-0174]].
Equipo: Dr. [[N|Andújar]] (nefrólogo), enfermera primaria, Lcda. [[N|Marisol Vélez]] TS.
""",
    allow=("miércoles",),
)

note(
    "d7-20",
    "Yoandry Céspedes Morffi",
    """
PSYCHIATRIC EVALUATION (conducted in Spanish)
Pt: [[N|Yoandry Céspedes Morffi]], 44M, born in [[C|Holguín]], Cuba; arrived on humanitarian parole [[D|Aug 2023]]. A# [[ID|A-220 417 938]].
Referred by PCP Dr. [[N|Marta Lugones]] for insomnia and "nervios".
HPI: "No duermo, doctor, me la paso pensando." Worse since his mother died in Cuba on [[D|Nochebuena]]; could not travel to the funeral. Lives in [[C|Hialeah]] with a cousin; works nights at a warehouse. Denies SI/HI. 4-5 Presidente beers on weekends. PHQ-9 19, GAD-7 15.
Dx: MDD, single episode, severe; r/o PTSD.
Plan: sertraline 50 -> 100 mg; trazodone 50 mg qhs prn; CBT referral in Spanish. Safety plan done. RTC 4 weeks.
Consents to texts at [[PH|305-555-0116]]. -- [[N|R. Abascal]], MD
""",
)

note(
    "d7-21",
    "José Roberto Sampaio",
    """
De: [[N|Felipe Antunes]] <[[EM|felipe.antunes@hcnordeste.org.br]]>
Para: [[N|Camila Rezende]] <[[EM|c.rezende@hcnordeste.org.br]]>
Data: [[D|seg., 24 de fev. de 2025]] 16:02
Assunto: Paciente [[N|J.R.S.]] - biópsia hepática

[[N|Camila]], boa tarde.
Sobre o sr. [[N|José Roberto Sampaio]] (pront. [[MRN|1.029.447-3]]), 58a, cirrose por VHC tratada em 2019 com RVS: a elastografia de [[D|janeiro]] deu 18 kPa e a AFP subiu para 42. A TC trifásica de [[D|12/02]] mostrou nódulo de 2,3 cm no segmento VII, LI-RADS 4.
Consegue encaixá-lo na agenda de [[D|quinta]]? Ele mora em [[C|Caruaru]] e vem de ônibus; o telefone da filha é [[PH|(81) 99555-0108]].
Abs.
""",
)

note(
    "d7-22",
    "Brenda Lizeth Salgado",
    """
INSTRUCCIONES DE ALTA - Departamento de Emergencias
Nombre: [[N|Brenda Lizeth Salgado]]   Fecha: [[D|16/03/2025]]   Cuenta: [[ACCT|E250316-00871]]
Diagnóstico: infección urinaria (cistitis). Prueba de embarazo negativa.
Medicamentos: Nitrofurantoína 100 mg, 1 cápsula cada 12 horas por 5 días. Fenazopiridina 200 mg 3 veces al día por 2 días (la orina se pondrá anaranjada).
Regrese si tiene fiebre de más de 38.3 °C, dolor de espalda o vómitos.
Seguimiento: Clínica de la Mujer en [[C|Hillsboro]], Dra. [[N|Ogunleye]], [[D|jueves 20 de marzo]] a las 10:40 AM. Para cambiar la cita: [[PH|(503) 555-0140 ext. 318]].
Urocultivo: la llamaremos al [[PH|971-555-0183]] en 48-72 horas.
Portal: [[URL|https://mychart.providencia-nw.example/activate?code=7KQ2-PLX9-MM41]]
Explicado por [[N|T. Haugen]], RN, con intérprete telefónico #[[ID|204417]]
""",
)

note(
    "d7-23",
    "Gary W. Thompson",
    """
ODONTOLOGÍA INTEGRAL BAJA - Ficha clínica
Paciente: Mr. [[N|Gary W. Thompson]]   Edad 71   Procedencia: [[C|Chula Vista]], CA
Pasaporte [[ID|563019877]]   Tel. US [[PH|+1 619-555-0131]]   WhatsApp MX [[PH|+52 664 555 0178]]
Fecha: [[D|19-II-2025]]
Tx: extracción 36 y 37, implantes Straumann BLT 4.1x10, injerto Bio-Oss. Articaína 4% 2 cartuchos. Sin complicaciones.
Rx: amoxicilina 500 mg c/8h x 7 días, ibuprofeno 600 mg c/8h prn, clorhexidina 0.12%.
Revisión [[D|5-III-2025]]; la esposa ([[N|Deborah]]) pide aviso por correo: [[EM|debthompson.cv@yahoo.com]].
Regreso en shuttle de la clínica, van placas [[VEH|BN-41-872]].
C.D. [[N|Adriana Sotomayor]]  Céd. [[LIC|9182736]]
""",
)

note(
    "d7-24",
    "Maria da Luz Tavares Fortes",
    """
HOME HEALTH SKILLED NURSING VISIT
Pt: [[N|Maria da Luz Tavares Fortes]]   Agency # [[MRN|HH-770214]]   SSN [[SSN|000-38-1942]]   Visit [[D|02/11/2025]] 10:05-10:50
Address: [[ADDR|41 Intervale St, 2nd fl]], [[C|Brockton]] MA [[Z|02302]]
Cape Verdean Creole; son interpreted (pt declined phone interpreter).
Pt [[A|91]] y/o, born in [[C|Praia]], Cabo Verde. Dual MassHealth/Medicare, MBI [[HP|2RJ7-CX4-YY90]].
Wound: stage 3 sacral PI 3.2 x 2.1 x 0.4 cm, 20% slough. Santyl + foam dressing.
T 98.4, BP 136/78, SpO2 97% RA. Pt says "N sta bon" (I'm fine).
Caregiver daughter-in-law [[N|Nilza]] [[PH|508-555-0128]]. Next visit [[D|Thursday]].
[[N|Gwendolyn Achebe-Moss]], RN
""",
)

note(
    "d7-25",
    "Santos Eusebio Zelaya Maradiaga",
    """
NOTA DE DEFUNCIÓN - Hospital General del Sur
Fecha y hora: [[D|22 de diciembre de 2024]], 03:15 h
Nombre: [[N|Santos Eusebio Zelaya Maradiaga]]
Identidad [[ID|0601-1931-00218]]   Exp. [[MRN|HGS-44190]]
Edad: [[A|noventa y tres]] años   Sexo: M
Procedencia: aldea [[C|El Tablón]], [[C|Marcovia]]
Causa directa: edema agudo de pulmón. Causa básica: enfermedad renal crónica. Otras: HTA, cardiopatía chagásica.
Se informa a sus hijos [[N|Dolores]] y [[N|Teófilo Zelaya]], presentes.
Se entrega el cuerpo con autorización del Ministerio Público, acta [[ID|MP-CHO-2024-1183]].
Certifica: Dr. [[N|Nery Alexander Baquedano]], Colegio Médico de Honduras No. [[LIC|12078]]
""",
)

note(
    "d7-26",
    "Yorleny Chaves Mora",
    """
EDUS - Expediente Digital Único en Salud - EBAIS San Rafael Abajo
Consulta [[D|06/02/2025]]
Asegurada: [[N|Yorleny Chaves Mora]]   Cédula [[ID|1-1204-0893]]   asegurada directa asalariada
Señas: [[C|Desamparados]], [[ADDR|de la iglesia católica 200 m sur y 50 este, casa portón verde]]
Motivo: control de asma. En [[D|enero]] consultó 2 veces en urgencias del Hospital Dr. Rafael Ángel Calderón Guardia. Salbutamol > 3 veces/sem, ACT 14, FEV1 68%.
Plan: beclometasona/formoterol, plan de acción escrito. Próxima cita [[D|viernes 7 de marzo]].
Su hijo [[N|Josué]] (14 años) también asmático, control en este EBAIS.
Tel. [[PH|8555-0129]] / correo [[EM|yorle.chaves@gmail.com]]
Dra. [[N|Marianela Quesada Solís]]  cód. [[LIC|MED12984]]
""",
)

note(
    "d7-27",
    "Altagracia Mercedes Frías de Jiménez",
    """
[[C|Santiago de los Caballeros]], R.D., [[D|28 de noviembre de 2024]]
Estimado colega:
Le refiero a la Sra. [[N|Altagracia Mercedes Frías de Jiménez]], cédula [[ID|031-0457721-4]], de 66 años, quien viaja a [[C|New York]] la próxima semana para vivir con su hijo [[N|Franklin Jiménez]] ([[ADDR|2315 Grand Concourse, apt 5F]], [[Z|10468]]).
Dx: estenosis aórtica severa (AVA 0.8 cm², gradiente medio 46 mmHg), FEVI 55%, candidata a TAVI. Eco del [[D|14/11/2024]] adjunto. Bisoprolol 2.5 mg, furosemida 20 mg.
Seguro en RD: SeNaSa, afiliada [[HP|SN-00928417]].
Hijo: [[PH|(718) 555-0165]] / [[EM|fjimenez.bx@outlook.com]]
Atentamente, Dr. [[N|Ramón A. Guzmán Tejada]], exequátur [[LIC|218-04]]
""",
)

note(
    "d7-28",
    "Rogério Batista",
    """
Patient Portal Message | Thread #[[ID|MSG-6620193]]
From: [[N|rogerio.batista71]] (pt [[N|Rogério Batista]], MRN [[MRN|7730041]])  To: GI pool
Sent: [[D|Sun, Feb 2, 2025]] 11:48 PM   Subject: preparo da colonoscopia
Boa noite, tenho colonoscopia [[D|terça-feira dia 4]] com o dr [[N|Halvorsen]] e a farmácia aqui em [[C|Somerville]] disse que o seguro não cobre o MoviPrep. Posso usar Miralax com Gatorade? Tomo Ozempic, preciso parar? Meu celular mudou: [[PH|617-555-0147]].
[[N|Rogério]]
--- Reply [[D|2/3/25]] 8:12 AM, [[N|Ana Beatriz Koch]], RN: Pode sim, Miralax 238 g + 1,9 L de Gatorade (não vermelho). O Ozempic deve ser suspenso 1 semana antes; como a última dose foi [[D|quinta]], vamos remarcar. Ligaremos hoje.
""",
)

note(
    "d7-29",
    "E.G.V.",
    """
COMITÉ DE TUMORES - SESIÓN [[D|MIÉRCOLES 9/ABR/2025]]
Hospital de Especialidades No. 25, IMSS, [[C|Monterrey]], N.L.
Caso 3: [[N|E.G.V.]], fem. 52 a., NSS [[HP|4397681234-5]], Exp. [[MRN|25-HE-0032198]]
Presenta R3 Dr. [[N|Mauricio Treviño]]. Ca de mama izq. ductal infiltrante, RE 90% RP 60% HER2 neg, Ki67 25%, T2N1M0 (IIB). Dx por BAAF. Vive en [[C|Guadalupe]], N.L.; hermana con cáncer de ovario a los 48: panel BRCA.
Acuerdos: QT neoadyuvante AC-T, cirugía conservadora + RT. Oncología médica: Dra. [[N|Sandra Elizondo]]. Consentimiento con el esposo ([[N|Rolando]]).
Asistentes: 11 (lista en bitácora); quórum completo. Próxima sesión [[D|16/abr]].
""",
)

note(
    "d7-30",
    "Thiago A. Fernandes",
    """
ED TRIAGE  [[D|12/21/2024]] 17:38
Pt: [[N|FERNANDES, THIAGO A]]  DOB [[D|05/17/1990]]  MRN [[MRN|NB-0442871]]  Acct [[ACCT|V00918274455]]
Arrival: EMS, MVC. Restrained driver, 2019 Honda Civic VIN [[VEH|2HGFC2F59KH512743]], NJ plate [[VEH|Z28-KTM]], T-boned at [[ADDR|Ferry St & Wilson Ave]]. Other driver refused transport.
Pt speaks Portuguese, limited English; lives in the [[C|Ironbound]], [[C|Newark]]. Wife [[N|Jaqueline]] en route, [[PH|973-555-0115]].
C/o neck pain 6/10, L wrist pain. GCS 15. BP 142/90, HR 104. C-collar placed. ESI 3.
Portuguese interpreter line #[[ID|33718]].
Ins: NJ FamilyCare [[HP|NJF22048817]]
Triage RN [[N|Mbali Dube]]
""",
)

note(
    "d7-31",
    "Efraín Tum Xoy",
    """
REPORTE MÉDICO INICIAL - LESIÓN DE TRABAJO / FIRST REPORT OF WORK INJURY
Claim # [[ID|WC-25-0091734]]   Employer: Sunrise Landscaping LLC
Trabajador: [[N|Efraín Tum Xoy]]   SSN [[SSN|900-41-7728]]   DOB [[D|03/08/1987]]
Domicilio: [[ADDR|3120 Rockland Rd #B]], [[C|Hyattsville]], MD [[Z|20782]]   Cel [[PH|240-555-0150]]
Fecha de lesión: [[D|lunes 10 de febrero de 2025]] aprox. 14:00
Mecanismo: se cortó la mano derecha con una podadora trabajando en una casa en [[C|Bethesda]]. Supervisor avisado.
Hallazgos: laceración 4 cm eminencia tenar, flexores intactos. 8 puntos nylon 4-0. Td al día.
Restricciones: no usar la mano derecha hasta [[D|24/02]]. Return to clinic in 1 week.
Examinador: [[N|Lucía Ferraro]], PA, licencia de Maryland [[LIC|PA0019372]]
""",
)

note(
    "d7-32",
    "Darling Massiel Obando",
    """
MINISTERIO DE SALUD - SILAIS Rivas - HOJA DE REFERENCIA
Nombre: [[N|Darling Massiel Obando]]   Cédula [[ID|561-140298-0003K]]   Edad 27 años
Expediente [[MRN|0098-2211]]
Procedencia: barrio [[C|Gaspar García Laviana]], [[C|Rivas]]
Referida a: Hospital Bertha Calderón Roque, [[C|Managua]] - Ginecoobstetricia
Fecha: [[D|3/3/2025]]  16:20
Motivo: embarazo de 34 sem. con preeclampsia con criterios de severidad (TA 168/112, proteinuria 3+, cefalea). Sulfato de magnesio esquema Zuspan 15:45; hidralazina 5 mg IV.
Acompaña: su madre, Doña [[N|Francisca]]. Tel. [[PH|+505 8555 0112]]
Refiere: Dra. [[N|Scarleth Mairena]], código MINSA [[LIC|25431]]
""",
    allow=("Rivas",),
)

note(
    "d7-33",
    "Ángel Luis Torres Negrón",
    """
HOSPICIO - NOTA DE ADMISIÓN   [[D|21 de octubre]]
Paciente: Don [[N|Ángel Luis Torres Negrón]] ("[[N|Güicho]]")   Edad: [[A|noventa y un]] años
Medicare [[HP|8CF1-WM3-XA55]]
Dx terminal: Demencia tipo Alzheimer FAST 7c; disfagia; pérdida de peso 12% en 6 meses.
Vive en [[ADDR|Calle Muñoz Rivera #203]], [[C|Humacao]], con su hija [[N|Carmen Iris]] (cuidadora principal).
Directrices: orden de no resucitar firmada [[D|18/oct/2024]]; poder duradero a [[N|Carmen Iris Torres]].
Contactos: [[PH|787-555-0106]] ([[N|Carmen]]), [[PH|939-555-0133]] (hijo).
Trabajo social: Lcda. [[N|Ivelisse]] evaluará elegibilidad para cuido de respiro.
""",
)

note(
    "d7-34",
    "Maricruz (reminder log)",
    """
AUTOMATED REMINDER LOG - Clínica Familiar Latina (outbound SMS, es-US)
[[D|2025-04-01]] 09:00 -> [[PH|+1 (312) 555-0102]] "Hola [[N|MARICRUZ]], su cita es el [[D|jue 03/04]] 10:30 con Dr. [[N|Pham]]. Responda 1 p/ confirmar." DELIVERED, reply "1"
[[D|2025-04-01]] 09:00 -> [[PH|+1 (773) 555-0171]] "Hola [[N|JOSE DE JESUS]], su cita es el [[D|vie 04/04]] 08:15 con Pediatría." FAILED (número inválido)
[[D|2025-04-01]] 09:01 -> [[PH|+1 (708) 555-0124]] "Hola [[N|LUPITA]], su hijo [[N|KEVIN]] tiene vacunas pendientes el [[D|lun 07/04]]." DELIVERED, reply "STOP"
Opt-out processed for [[PH|+1 (708) 555-0124]] by [[N|cmunoz]] [[D|04/01/2025]].
""",
)

note(
    "d7-35",
    "Terezinha de Jesus Moreira",
    """
RECEITUÁRIO DE CONTROLE ESPECIAL
Emitente: Dr. [[N|Marcelo Tadeu Guimarães]] - CRM-MG [[LIC|40.117]] - [[C|Juiz de Fora]]/MG
Paciente: [[N|Terezinha de Jesus Moreira]]
Endereço: [[ADDR|Rua Halfeld, 1044, ap. 302]], [[C|Centro]]
Prescrição: Clonazepam 2 mg ---- 30 (trinta) comprimidos. Tomar 1 comprimido à noite.
Data: [[D|07/05/2025]]
IDENTIFICAÇÃO DO COMPRADOR
Nome: [[N|Anderson Moreira Lopes]]   RG [[ID|MG-14.227.903]] SSP/MG
Endereço: idem   Telefone: [[PH|(32) 98555-0111]]
IDENTIFICAÇÃO DO FORNECEDOR
Drogaria Araújo - farm. [[N|Kelly C. Souto]], CRF-MG [[LIC|26.480]], [[D|08/05/2025]]
""",
)

note(
    "d7-36",
    "Aurelio Benítez Cárdenas",
    """
DEVICE CLINIC / CLÍNICA DE DISPOSITIVOS - remote transmission review
Patient: [[N|Aurelio Benítez Cárdenas]]  DOB [[D|04/04/1934]]  MRN [[MRN|3309174]]
Device: Medtronic Azure XT DR MRI, serial [[DEV|RNB618244S]], implanted 2019
Leads: RA 5076 SN [[DEV|PJN7712093]]; RV 5076 SN [[DEV|PJN7712881]]
Transmission [[D|3/17/25]] via home monitor SN [[DEV|24950-008817]]:
Battery 6.1 y. AP 42%, VP <1%. 3 AHRE episodes, longest 4 h 12 min. No VT/VF.
Pt age [[A|90]]; already on apixaban 2.5 mg bid.
Called, spoke with granddaughter in Spanish ([[PH|559-555-0185]]): no symptoms. Report faxed to PCP [[FX|559-555-0191]].
Next remote [[D|June 16]]. -- [[N|T. Vang]], CDS
""",
)

note(
    "d7-37",
    "Eulalia Chávez Rentería",
    """
AUDIOLOGÍA - Entrega de audífonos   [[D|viernes, 24 de enero de 2025]]
Paciente: Sra. [[N|Eulalia Chávez Rentería]], [[A|94]] años, con su nuera
ISSSTE [[HP|CARE300612-01]]
Audiometría previa: hipoacusia neurosensorial bilateral moderada-severa (PTA OD 62 dB, OI 58 dB).
Se adaptan Phonak Naída P50-RIC: OD serie [[DEV|2247A1XQ]], OI serie [[DEV|2247A1XT]]
Garantía folio [[ID|GAR-00877341]].
Domicilio: [[ADDR|Privada Los Olivos 12]], Fracc. [[C|Villa Jardín]], [[C|San Luis Potosí]], S.L.P., C.P. [[Z|78260]]
Se enseña limpieza y cambio de pila #312. Control en 2 semanas.
Aud. [[N|Paulina Olvera]], céd. [[LIC|10488215]]
""",
)

note(
    "d7-38",
    "Benedita Conceição do Nascimento",
    """
AVALIAÇÃO GERIÁTRICA AMPLA - [[D|terça-feira, 6 de maio]]
Paciente: [[N|Benedita Conceição do Nascimento]], [[A|noventa e três]] anos, viúva, natural de [[C|Bom Jesus da Lapa]] (BA), mora em [[C|Itaquera]] com a neta [[N|Jaqueline]].
Data de nascimento: [[D|19/08/1931]] (confere com RG [[ID|2.118.447-09]])
MEEM 14/30, GDS-15: 6, Katz 4/6, Lawton 9/27. TUG 19 s, marcha 0,6 m/s. Duas quedas no último ano, a última no [[D|Carnaval]].
Medicações: hidroclorotiazida 25 mg, omeprazol 20 mg (há 8 anos!), amitriptilina 25 mg (prescrita pelo Dr. [[N|Tavares]] em 2021) - desprescrever.
Conduta: fisioterapia, suspender amitriptilina, sulfato ferroso. Neta orientada ([[PH|(11) 94555-0190]]).
Geriatra [[N|Hiroshi Nakamura Filho]]
""",
    allow=("nascimento",),
)

note(
    "d7-39",
    "Nayeli Guadalupe Ortiz Pérez",
    """
FORM I-693 WORKSHEET (civil surgeon) - notas en español
Applicant: [[N|Nayeli Guadalupe Ortiz Pérez]]   DOB [[D|02/29/1996]]   A-Number [[ID|A 213-558-904]]
Passport (Mexico) [[ID|G41873302]]   Exam [[D|01/22/2025]]
Address: [[ADDR|7712 Lankershim Blvd Unit 14]], [[C|North Hollywood]], CA [[Z|91605]]
Vaccines: MMR x2 documented (cartilla de vacunación, [[C|Puebla]]); varicella titer positive; Tdap and influenza given today.
IGRA negative. RPR nonreactive. GC NAAT negative.
Pt: "Me operaron del apéndice en 2016 en el Seguro."
Husband offered to interpret - declined; staff interpreter [[N|Mónica Reyes-Bautista]].
Envelope sealed; pt to pick up, ph [[PH|818-555-0145]].
Civil surgeon: Dr. [[N|Farhan Qureshi]]   fax [[FX|818-555-0146]]
""",
)

note(
    "d7-40",
    "Aurora Jiménez Santiago",
    """
CARTA DE CONSENTIMIENTO BAJO INFORMACIÓN (NOM-004-SSA3-2012)
[[C|Oaxaca de Juárez]], Oax., a [[D|veintiocho de febrero de dos mil veinticinco]].
Yo, [[N|Aurora Jiménez Santiago]], de 58 años, con domicilio en [[ADDR|Priv. de Almendros 7]], [[C|San Felipe del Agua]], identificada con credencial INE [[ID|JMSNAU66081220M700]], autorizo al Dr. [[N|Esteban Matus Ruiz]] y al equipo que él designe a realizarme COLECISTECTOMÍA LAPAROSCÓPICA, con posible conversión a cirugía abierta. Se me explicaron los riesgos (sangrado, infección, lesión de vía biliar, reacción anestésica).
Anestesióloga: Dra. [[N|Citlali Vásquez]]
Testigo 1: [[N|Felícitas Santiago López]] (hermana)   Testigo 2: [[N|Rogelio Matías]]
Expediente [[MRN|HGO-014472]]
""",
)

note(
    "d7-41",
    "Yariela del Carmen Batista",
    """
SOLICITUD DE INTERCONSULTA - Policlínica del Este, sala 3B cama 22
De: Medicina Interna  A: Nefrología   Fecha [[D|10.03.2025]]
Paciente: [[N|Yariela del Carmen Batista]], 49 a., cédula [[ID|8-712-1456]]
Motivo: creatinina 1.1 -> 3.4 en 72 h tras TC con contraste ([[D|7 de marzo]]); oliguria. Usa ibuprofeno por lumbalgia. Diabética, HbA1c 7.8%.
Pregunta: ¿NTA por contraste vs. nefritis intersticial? ¿Requiere diálisis?
Reside en [[C|Barrio Colón]], [[C|La Chorrera]]. Esposo [[N|Aristides]] [[PH|6555-0137]].
Solicita: Dr. [[N|Kevin Tuñón]] (R1) / Vo.Bo. adscrito
Respuesta [[D|11/03/25]] 09:10, Dr. [[N|Abdiel Pinzón]]: suspender AINE, hidratación, no diálisis por ahora.
""",
    allow=("del",),
)

note(
    "d7-42",
    "Mateo Alejandro Quispe",
    """
Lincoln Elementary - School Nurse Log   [[D|Tues 10/15/24]]
Student: [[N|Mateo Alejandro Quispe]]   Grade 2   Student ID [[ID|S-20931177]]
10:05 Sent by teacher Ms. [[N|Brandt]]: "me duele la panza", vomited x1 in class. T 100.9 F.
10:20 Called mom [[N|Flor Quispe]] [[PH|(301) 555-0198]] - no answer, msg left in Spanish. Called emergency contact tía [[N|Maribel]] [[PH|(301) 555-0168]], will pick up.
10:55 Picked up by [[N|Maribel Condori]] (ID checked, MD DL [[LIC|C-412-887-903-114]]).
Note home in English/Spanish: may return after 24 h fever-free without Tylenol. Parent email on file [[EM|florquispe.h@gmail.com]].
Asthma action plan on file; albuterol in office.
""",
)

note(
    "d7-43",
    "Francisco Ledesma",
    """
Nota de voz (WhatsApp) al celular de guardia de la Dra. [[N|Soto]], [[D|domingo]] 21:14; transcrita al expediente [[MRN|CFV-3318]]:
"Doctora buenas noches, le habla la [[N|Chata]], la esposa de [[N|Pancho]]... [[N|Francisco Ledesma]], el que operaron de la próstata el [[D|jueves]]. Fíjese que trae la sonda tapada desde la tarde, no le sale nada y se queja mucho de la panza. Ya le hablé a mi compadre [[N|Chuy]] pa que nos lleve a urgencias de [[C|Tepatitlán]] porque en el rancho no hay. ¿O le llamo a la ambulancia? Mi número es este mismo, [[PH|378 555 0126]], o el de mi hija [[N|Lupita]], [[PH|33 1555 0153]]. Ay, perdóneme la hora."
Respuesta (texto, 21:19): "Sra. [[N|Ledesma]], váyanse ya a urgencias, no esperen. Avíseme cuando lleguen." - Dra. [[N|Soto]]
""",
)

note(
    "d7-44",
    "Raimundo Nonato Ferreira Brito",
    """
FICHA DE INTERNAÇÃO - Santa Casa de Misericórdia
Paciente: [[N|Raimundo Nonato Ferreira Brito]]   Prontuário [[MRN|0081274]]
Nº atendimento/conta [[ACCT|2025.004.118-7]]   AIH [[ID|3525100447188]]   SUS, CNS [[HP|702 8094 1177 2365]]
Leito 14-B (Clínica Médica, 3º andar). Admissão [[D|17/01/2025]] 22:40 via PS; alta prevista em 7 dias.
Reside na [[ADDR|Av. Padre Cícero, 2210]], [[C|Juazeiro do Norte]]-CE, CEP [[Z|63010-020]].
Responsável: [[N|Francisca das Chagas Brito]] (esposa), fone [[PH|(88) 99555-0141]]
HD: AVC isquêmico (NIHSS 6), FA não anticoagulada. Sorologia para Chagas solicitada.
Médico: [[N|Otávio Lins]], CRM-CE [[LIC|15522]]
""",
    allow=("Chagas", "das"),
)

note(
    "d7-45",
    "Génesis Carolina Contreras Uzcátegui",
    """
FORMULARIO DE REGISTRO DE PACIENTE NUEVO / NEW PATIENT REGISTRATION
Apellidos: [[N|Contreras Uzcátegui]]   Nombres: [[N|Génesis Carolina]]
Fecha de nac.: [[D|27-11-1989]]   Lugar: [[C|Maracaibo]], Venezuela
Dirección: [[ADDR|10550 NW 77th Ct, Apt 312]], [[C|Hialeah Gardens]], FL [[Z|33016]]
Celular [[PH|786-555-0109]]   Trabajo [[PH|305-555-0172 x 45]]
Correo [[EM|genesis.cu89@icloud.com]]
Empleador: Doral Logistics Group (contadora)
Seguro: Ambetter, Member ID [[HP|U7026634501]]
SSN (opcional) [[SSN|000-52-8817]]
Emergencia: [[N|Jhonatan Uzcátegui]] (hermano) [[PH|+58 414-555-0115]]
¿Cómo supo de nosotros? Instagram de la Dra. [[N|Herrera]] (@[[N|draherrera.md]])
""",
)

note(
    "d7-46",
    "Hilda Paredes Choque",
    """
FARMACIA SAN JUDAS - ETIQUETA / LABEL
Rx# [[ID|6021847]]   Surtido [[D|04/23/2025]]   2 resurtidos hasta [[D|10/23/2025]]
[[N|PAREDES CHOQUE, HILDA]]
[[ADDR|1147 Columbia Rd NW #3]], [[C|Washington]], DC [[Z|20009]]
ATORVASTATINA 40 MG TAB (genérico de Lipitor)
Tome 1 tableta por la boca cada noche. / Take 1 tablet by mouth at bedtime.
Cant. 30   Dr. [[N|Nkemelu, Chidi]]
NDC 0093-5057-98   Lote MX2291
DC Medicaid (AmeriHealth Caritas) ID [[HP|DC7741026]]   Copago $1.00
Cuenta cliente [[ACCT|C-00394812]]   Tel. [[PH|(202) 555-0100]]   Fax [[FX|(202) 555-0101]]
""",
)

note(
    "d7-47",
    "Telma Noemí Sazo",
    """
EDUCACIÓN EN DIABETES - Inicio de monitor continuo de glucosa
Paciente: [[N|Telma Noemí Sazo]]   Medi-Cal CIN [[HP|91847265A]]   MRN [[MRN|L0055219]]
Fecha: [[D|lunes 27 de enero 2025]]   Tel. [[PH|213-555-0114]]
FreeStyle Libre 3 colocado en brazo izq., sensor serial [[DEV|3MH00A7Y21T]]; app LibreLink en el celular de la hija ([[EM|kimsazo2004@gmail.com]]), compartido con la clínica.
Insulina: glargina 32 U + aspart 6-8 U con comidas. Se enseñó a escanear cada 8 h, alarma < 70 mg/dL, regla de 15.
Meta TIR > 70%. HbA1c 10.4% ([[D|diciembre]]).
Trabaja en costura en el [[C|Fashion District]]; come tarde.
Próxima descarga de datos en 2 semanas por teleconsulta.
Educadora: [[N|Soledad Mijangos]], RN, CDCES
""",
)

note(
    "d7-48",
    "Sofía Marcela Durán",
    """
CRISIS LINE / LÍNEA DE CRISIS - chat contact note (Spanish)
Chat [[ID|CHT-250208-1177]]   Start [[D|02/08/2025]] 01:37  End 02:22
Visitor gave name as "[[N|Sofi]]", 16 y/o; later full name [[N|Sofía Marcela Durán]].
[[N|Sofi]] worried about cousin [[N|Valeria]], who posted on Instagram (@[[N|vale.drn.07]]) que "ya no aguanta". Cousin lives in [[C|Socorro]], TX; welfare check requested through Socorro PD, case # [[ID|SPD-25-00418]].
Risk screen (C-SSRS) for [[N|Sofi]]: passive SI, no plan or intent. Protective: mom [[N|Rocío]], soccer team.
Safety plan completed; she agreed to tell her mom in the morning. Warm handoff consent: mom's cell [[PH|(915) 555-0181]].
Visitor IP [[IP|172.58.201.14]] (mobile); no geolocation performed.
""",
    allow=("Socorro",),
)

note(
    "d7-49",
    "Ramiro Escobedo Ibarra",
    """
[DICTADO AUTOMÁTICO - NO REVISADO]
nota de consulta día [[D|once de marzo]] paciente [[N|ramiro escobedo]] coma [[N|ramiro escobedo ibarra]] punto fecha de nacimiento [[D|cuatro de mayo de mil novecientos cincuenta y cinco]] punto expediente [[MRN|ocho nueve cuatro dos siete uno]] punto y aparte
acude con su hija [[N|marisol]] refiere dolor opresivo en el pecho de veinte minutos el [[D|sábado]] mientras caminaba en el mercado de [[C|tlaquepaque]] coma no irradiado punto niega disnea punto
antecedentes hipertensión diabetes tabaquismo suspendido hace diez años punto
electrocardiograma con inversión de onda t en v cuatro a v seis punto troponina cuarenta y dos punto
plan prueba de esfuerzo coma aspirina cien miligramos coma atorvastatina ochenta punto se le explicó a la hija al [[PH|tres tres uno cinco cinco cinco cero uno tres nueve]] punto
fin del dictado doctor [[N|gil bermúdez]]
""",
)

note(
    "d7-50",
    "Kevin Osvaldo Rentería Chavira",
    """
HOJA DE TRASLADO / TRANSFER FORM
Origen: Hospital General de Ciudad Juárez   Destino: University Medical Center of El Paso - Trauma
Paciente: [[N|Kevin Osvaldo Rentería Chavira]], 17 a., ciudadano estadounidense, pasaporte US [[ID|548201736]]
Domicilio: [[ADDR|Calle Plutarco Elías Calles 2218]], Col. [[C|Bellavista]], [[C|Ciudad Juárez]], Chih., C.P. [[Z|32130]]
Fecha/hora: [[D|2025-03-30]] 02:10
Motivo: herida por proyectil de arma de fuego en muslo derecho, sospecha de lesión femoral; torniquete 00:45. TA 90/50, FC 128, Hb 8.2; 2 PG transfundidos.
Tutor: madre, [[N|Yadira Chavira]], cel. [[PH|656 555 0193]]
Ambulancia binacional, placas [[VEH|8MNK432]], cruce por Puente Zaragoza.
Envía: Dr. [[N|Gerardo Loya]], céd. [[LIC|6104559]]   Acepta: Dr. [[N|M. Whitfield]]
""",
    allow=("Ciudad Juárez",),
)

note(
    "d7-51",
    "Ana Clara Fagundes",
    """
PRÉ-NATAL - Consulta de retorno   [[D|Quinta-feira, 16/01/2025]]
Gestante: [[N|Ana Clara Fagundes]], 19a   Cartão SUS [[HP|706 4031 2284 9910]]   SisPreNatal [[ID|31.2025.000447]]
DUM [[D|28/07/2024]]   DPP [[D|04/05/2025]]   IG 24s4d (USG 1º tri)
Queixas: azia, câimbras. Nega perdas.
PA 110/70, AU 24 cm, BCF 150, MF+. TOTG 75 g: 88/142/130. VDRL NR, HIV NR, toxo IgG+ IgM-.
Mora com a avó em [[C|Palhoça]], [[ADDR|Rua Dom Joaquim, 77, fundos]]; o parceiro, [[N|Kauan]] (22a), trabalha em obra em [[C|Florianópolis]].
Conduta: sulfato ferroso, ácido fólico, dTpa hoje (lote U8421AA).
Retorno em 2 semanas. Enfª [[N|Rosângela Weber]], COREN-SC [[LIC|412.337]]
""",
)

note(
    "d7-52",
    "María de los Ángeles Trejo",
    """
TEXAS HEALTH AND HUMAN SERVICES
[[D|14 de abril de 2025]]

[[N|MARÍA DE LOS ÁNGELES TREJO]]
[[ADDR|PO BOX 1184]]
[[C|LAREDO]] TX [[Z|78042-1184]]

Número de caso: [[ID|000718823451]]
Asunto: Aviso de renovación de Medicaid

Estimada [[N|María de los Ángeles Trejo]]:
Su cobertura de Medicaid para usted y su hijo [[N|Santiago Trejo]] (miembro [[HP|541177320]]) termina el [[D|31 de mayo de 2025]]. Para seguir recibiendo beneficios, entregue estos documentos antes del [[D|15 de mayo]]:
- Comprobantes de ingresos de los últimos 30 días
- Carta de su empleador
Puede entregarlos en YourTexasBenefits.com o llamar al 2-1-1.
""",
    allow=("los",),
)

note(
    "d7-53",
    "Dayanara Pacheco",
    """
ESTADO DE CUENTA / PATIENT STATEMENT   Fecha [[D|05/01/2025]]   Cuenta [[ACCT|88-0417736]]
Garante: [[N|Wilmer Antonio Pacheco]]
[[ADDR|2741 Buford Hwy NE Apt 1208]], [[C|Brookhaven]], GA [[Z|30324]]
Paciente            Fecha       Descripción                  Cargo    Seguro  Saldo
[[N|Pacheco, Dayanara]]   [[D|02/19/2025]]  Consulta pediátrica 99213    $145.00  $125.00 $20.00
[[N|Pacheco, Dayanara]]   [[D|02/19/2025]]  Prueba rápida estrep. 87880  $32.00   $0.00   $32.00
PeachCare ID [[HP|PSH-40219987]]: prueba estrep. negada, reclamo # [[ID|CLM-25-0883410]].
Saldo total $52.00. Pague en [[URL|https://pay.clinicasureste.example/a/880417736]] o llame al [[PH|(404) 555-0157]].
""",
)

note(
    "d7-54",
    "Luz Eneida Colón Ocasio",
    """
CLÍNICA DE HERIDAS - Nota de seguimiento
Paciente: [[N|Luz Eneida Colón Ocasio]]   Rec. [[MRN|CH-1987]]   Fecha [[D|05-02-2025]]
Úlcera venosa pierna izq. desde [[D|agosto 2024]].
Medidas: 4.5 x 3.0 x 0.2 cm (antes 6.1 x 3.8 hace 4 semanas). Granulación 80%, exudado moderado. ITB 0.92.
Tx: limpieza con SSN 0.9%, alginato de plata, compresión multicapa, cambio 2 veces por semana por Cuidado en el Hogar.
Vive en [[ADDR|Carr. 172 Km 8.4, Bo. Bayamoncito]], [[C|Aguas Buenas]], PR [[Z|00703]]; viene en carro público.
Plan Vital [[HP|MMM-0092277041]]
Hija [[N|Yaritza]] [[PH|787.555.0188]] pide las citas los lunes.
Próxima visita [[D|19-02-2025]]. Dr. [[N|Efrén Oquendo]]
""",
)

note(
    "d7-55",
    "Joaquim Pestana",
    """
PASSAGEM DE PLANTÃO - UTI Adulto, noturno -> diurno, [[D|sáb 22/03]]
Leito 1 - [[N|A.M.S.]], 67a, choque séptico foco urinário, noradrenalina 0,3 mcg/kg/min, TOT d3. Filha [[N|Sueli]] avisada 04h.
Leito 2 - Sr. [[N|Joaquim Pestana]], [[A|noventa e um]] anos, PO artroplastia de quadril, delirium hiperativo; contenção no leito 2 h (prescrita). Haloperidol 1 mg 02h.
Leito 3 - vago (alta p/ enfermaria 23h).
Leito 4 - [[N|Kaique]] (20a), TCE após queda de moto na BR-101, PIC 18, sedado. Placa da moto p/ polícia: [[VEH|QRT5J82]]. Mãe ([[N|Edilene]]) no hall desde ontem, [[PH|(47) 99555-0114]].
Leito 5 - [[N|R.T.O.]], HD às 10h, cateter femoral D.
Passou: Enf. [[N|Cláudia]] / Recebeu: Enf. [[N|Bruno Sakamoto]]
""",
)

note(
    "d7-56",
    "Xóchitl Medina Ochoa",
    """
INFORME DE RADIOLOGÍA - Sede [[C|San Pedro Garza García]]
Estudio: TC de abdomen y pelvis con contraste IV   No. de acceso [[ID|RAD-25-0447139]]
Paciente: [[N|Medina Ochoa, Xóchitl]], 23 a.   Exp. [[MRN|SP-7782014]]
Fecha: [[D|18 de marzo de 2025]] 13:22   Solicita: Dr. [[N|Arriaga]] (Urgencias)
Indicación: dolor en FID, leucocitosis.
Hallazgos: apéndice de 11 mm con engrosamiento parietal y trabeculación de la grasa; apendicolito de 6 mm. Sin líquido libre ni absceso. Quiste simple de ovario derecho 2.8 cm. DLP 612 mGy·cm.
Impresión: apendicitis aguda no complicada. Comparación: US del [[D|16/03/2025]].
Resultado crítico comunicado al Dr. [[N|Arriaga]] a las 13:51 por Dra. [[N|D. Kaur]].
""",
)

note(
    "d7-57",
    "Isidro Ventura",
    """
SECURITY / SEGURIDAD - Incident report #[[ID|SEC-2025-0211]]
Date: [[D|Saturday, March 1, 2025]] ~23:50   Location: ED waiting room and lot B
Family member [[N|Jorge Luis Ventura]] became agitated (in Spanish) demanding to see his father, [[N|Isidro Ventura]] (pt, MRN [[MRN|00629814]]), in resus bay 3.
Security officer and nursing supervisor [[N|Ama Mensah]], RN, de-escalated with Spanish interpreter [[N|Liliana]].
Mr. [[N|Ventura]]'s gray Toyota Tacoma, TX plate [[VEH|NRW-4418]], VIN [[VEH|3TMCZ5AN1KM209917]], was blocking the ambulance bay; moved with owner consent.
No injuries. Pt's wallet (DL [[LIC|34480017]]) and phone bagged, bag #88.
Social work ([[N|Brenda O.]]) to call family at [[PH|832-555-0178]].
""",
)

note(
    "d7-58",
    "Itzel Arellano Moctezuma",
    """
ASESORAMIENTO GENÉTICO - Historia familiar   [[D|2/13/2025]]
Probando: [[N|Itzel Arellano Moctezuma]], 34 a., referida por Dra. [[N|Ng]] (Ginecología).
- Madre: [[N|Guadalupe Moctezuma Ríos]], ca de mama a los 41, fallecida en [[D|nov 2016]].
- Tía materna: [[N|Rebeca]], ca de ovario a los 52, vive en [[C|Morelia]].
- Abuela materna: "Mamá [[N|Cuca]]" (nombre real desconocido), "murió joven de un tumor".
- Padre: [[N|Ernesto Arellano]], 63, sano. Un hermano de 30 y una hija de 8, sanos.
Ascendencia mexicana (Michoacán), no askenazi.
Plan: panel multigénico (BRCA1/2, PALB2, TP53), requisición [[ID|INV-7730021]]. Blue Shield [[HP|XEH884019233]].
Resultados por teléfono ([[PH|510-555-0186]]) o a [[EM|itzel.arellano.m@gmail.com]].
Consejera: [[N|Priya Raghunathan]], MS, CGC
""",
)

note(
    "d7-59",
    "Manuel Fagundes Medeiros",
    """
CARTA DE ALTA (traduzida para o doente)
Exmo. Sr. [[N|Manuel Fagundes Medeiros]]
[[ADDR|218 Columbia St]], [[C|Fall River]], MA [[Z|02721]]
[[D|17 de Março de 2025]]
Esteve internado de [[D|10]] a [[D|15 de Março]] por descompensação da insuficiência cardíaca.
Medicação: furosemida aumentada para 40 mg 2x/dia; iniciou dapagliflozina 10 mg. Pese-se todas as manhãs; se aumentar mais de 1 kg num dia, telefone-nos.
Consulta com o Dr. [[N|Sousa Pimentel]] (cardiologia) a [[D|27 de Março]], 9h15. A sua filha [[N|Fátima]] pediu as cartas em casa dela, em [[C|New Bedford]].
Processo [[MRN|SAH-0048812]]   Medicare [[HP|7DE3-MX2-KJ18]]
Enf.ª [[N|Conceição Raposo]], enfermeira navegadora
""",
)

note(
    "d7-60",
    "Oswaldo Quintanilla Reyes",
    """
REGISTRO DE INSCRIPCIÓN EN ESTUDIO / STUDY ENROLLMENT LOG
Protocolo PREVENIR-DM2 (IRB #2024-0871), brazo B (promotoras)
Participante: [[N|Oswaldo Quintanilla Reyes]]   ID de estudio [[ID|PDM-0142]]
Consentimiento: [[D|8 de enero de 2025]], obtenido por [[N|Guillermina Soza]].
Contacto: [[PH|(559) 555-0139]] / [[EM|oquintanilla@yahoo.com]]
Dirección: [[ADDR|RR 2 Box 417]], [[C|Huron]], CA [[Z|93234]]
Visitas: basal [[D|15/01/2025]], 3 meses [[D|abril 2025]], 6 meses (pendiente).
Pago por visita: tarjeta ClinCard [[ACCT|5210-8847-0019-3365]]
Notas: trabaja en el campo de lunes a sábado; prefiere llamadas después de las 7 pm o WhatsApp. Su esposa [[N|Rosenda]] le ayuda con la app.
""",
)

if __name__ == "__main__":
    write(OUT, NOTES)
