"""Quality on held-out corpora written unlike dev.jsonl, scored exactly as score.py does.

heldout.jsonl (163 texts) was used to find and fix weaknesses; heldout2.jsonl (52 texts,
other registers and name pools) was scored once after those changes (recall 0.966: failed)
and then used for two fixes; heldout3.jsonl (42 texts, yet other registers) was written
and scored once after that (recall 0.974: failed) and then used for fixes as well;
heldout4.jsonl (42 texts) likewise (first score recall 0.975, precision 1.0);
heldout5.jsonl (66 texts: intake forms, MDO minutes, referral letters, flattened tables,
Dutch/English notes, lesson titles) scored recall 0.974, precision 0.952 before the fixes
it prompted; heldout6.jsonl (66 texts: handovers, care plans, forwarded mails, tab
action lists, incident reports, lesson pages) scored once after them: recall 0.991,
precision 1.0, context 1.0, person 177/180 (then the "Aan:" header field was fixed).
Sets 7-13 were written by separate writers who never saw the finder or earlier sets
(7: 70 hand-written texts; 8: 120 templated; 9: 100, half hand-written; 10: 110;
11: 100 messy notes and letters; 12: 120 generated; 13: 80 generated) and each was
scored once, unseen, before it was used for fixes (recall / precision / context):
7: 0.955 / 0.972 / 0.984 (finder of session 1); 8: 0.946 / 0.995 / 1.0 (round 1);
9: 0.988 / 0.992 / 1.0 (round 2); 10: 0.974 / 0.998 / 0.995 (round 3);
11: 0.984 / 0.987 / 0.993 (round 3); 12: 0.975 / 0.992 / 0.971 (round 4);
13: 0.998 / 0.993 / 1.0, every label >= 0.977 (round 5); 14 (70 texts, half
hand-written): 0.990 / 0.999 / 0.988 (round 5).  So none of them is unseen any more:
they guard against regressions.  heldout15.jsonl (70 generated texts) was scored once
unseen after round 6: 0.982 / 0.997 / 0.985, person 452/467 (0.968), and then used for round 7.
Sets 16 (104 hand-written texts), 17 (132 generated forms, logs, letters, minutes) and
18 (94 messy chats, memos, forwarded mails, tables) were scored once, unseen, after round 7:
16: 0.979 / 0.984 / 0.985; 17: 0.949 / 0.982 / 0.979; 18: 0.975 / 0.988 / 0.996; they were
then used for round 8.
Sets 19 (110 generated lesson pages with slipped-in data) and 20 (140 texts of wijkteams in
other municipalities) likewise, after round 7: 19: 0.995 / 0.982 / 0.971;
20: 0.974 / 0.942 / 0.877 (unknown local organisations and neighbourhoods taken for names);
they were then used for round 9 (gazetteers of Dutch neighbourhoods and organisations).
Sets 21 (147 texts: lessons, thread messages, session minutes from eleven municipalities)
and 22 (96 hand-written texts by imagined authors from all over the country, with dialect
and English) were scored after round 8 and again, still unseen, after round 9:
21: 0.976 / 0.949 / 0.898 -> 0.976 / 0.991 / 0.980; 22: 0.966 / 0.910 / 0.899 ->
0.966 / 0.941 / 0.963; they were then used for round 10 (set 21 stays measured: its
context is 0.9796 after round 10, just under 0.98).  Sets 23 (118 texts: a platform's
lessons, threads, session minutes and attachments; built by ``heldout23_builder/``) and
24 (90 hand-written texts) were scored unseen after round 9 and again after round 10:
23: 0.986 / 0.985 / 0.994 -> 0.986 / 0.987 / 0.994 (dossier 34/37);
24: 0.977 / 0.980 / 0.982 -> 0.978 / 0.980 / 0.982; 21, 23 and 24 were then used for
round 11.  Sets 25 (104 generated texts from fifteen cities) and 26 (91 hand-written texts)
were scored unseen after round 10 and again after round 11:
25: 0.980 / 0.986 / 0.931 -> 0.980 / 0.991 / 0.946; 26: 0.993 / 0.989 / 0.975 ->
0.993 / 0.991 / 0.975 (dossier 29/31).  Set 25's false hits then showed one general bug
("Nadia Ziani in Beijum": "in" before a known neighbourhood read as a surname particle),
fixed with examples of our own (context 0.946 -> 0.981); the rest of 25 and 26 is the next
round's data; rounds 12 (25, 26) and 13-15 then used them.
Session 4 (rounds 12-15) added sets 27-33, each scored unseen before any round used it
(recall / precision / context):
27 (128 platform lessons and threads from 16 municipalities): 0.981 / 0.972 / 0.976 (round 11);
28 (114 formal documents: referrals, forms, creditor tables, court reports):
0.964 / 0.981 / 0.972 (round 12), 0.965 after round 13 (still unseen);
29 (137 chats and speech-to-text dictations with spelled-out numbers): 0.929 / 0.984 / 0.988
(round 12); 30 (159 pilot-platform posts of The Hague) and 31 (120 letters and messages of
clients, relatives, landlords, GPs, quoted by professionals), three times unseen:
30: 0.993 / 0.982 / 0.992 (round 12), 0.994 (13), 0.994 / 0.983 / 0.994 (14);
31: 0.977 / 0.984 / 0.976 (12), 0.978 (13), 0.978 / 0.986 / 0.976 (14);
32 (128 structured case lessons and review comments): 0.987 / 0.934 / 0.985 (round 14;
most false hits are names of professionals the writer left unmarked);
33 (101 mixed texts with PDF pastes that break names and numbers over line ends):
0.960 / 0.986 / 0.992 (round 14), 0.9875 / 0.987 / 0.992 after ``line_wraps.py``, which
was written from what set 33 showed (with its own examples in
``test_finder_line_wraps.py``); 32 and 33 were then used for round 16.
34 (100 short posts of wijkteams in twelve other municipalities, with regional dialect) and
35 (92 Hague documents of many kinds, some in English) were scored unseen after round 15
and again after round 16, with the same result both times:
34: 0.986 / 0.970 / 0.963; 35: 0.982 / 0.982 / 0.995; they were then used for round 17.
36 (92 working notes of one Hague team over a month, eight authors; built by
``heldout36_builder/``, which writes the file beside itself) and 37 (103 messages of a
national discussion platform) were scored unseen after round 16 and again after round 17,
again with the same recall both times: 36: 0.970 / 0.988 / 1.0 (person 416/435);
37: 0.973 / 0.946 / 0.964 -> 0.973 / 0.948 / 0.969.
Session 5 added a token classifier beside the rules (``person_model.py``) and scored new
sets unseen, rules alone -> with the classifier (trained on sets 1-37, dev and the tests'
examples): 38 (162 team-app and handover notes): 0.975 -> 0.980; 39 (120 structured draft
lessons and reviews): 0.9966 -> 0.9983; 40 (153 e-mails): 0.990 -> 0.993; 41 (150
minutes of sessions and meetings): 0.989 -> 0.993 (context 0.965 -> 0.954).  Set 42 (125
contact-journal notes) scored 0.920 -> 0.925: journal lines carry the author's initials
("12-03 | HB | TvL"), which ``journal_initials.py`` now finds (0.993 after).  38, 39, 41
and 42 were then used for round 18 and to train the classifier, and 28, 36, 38, 39 and 42
are now asserted at the thresholds (37: recall 0.987 and 41: context 0.970 stay measured).
Sets 40, 43, 44 and 45 (153 e-mails, 137 platform posts, 119 Wmo and income reports of
ten smaller municipalities, 121 messages of clients copied into notes) were the session's
final unseen measurement, with the classifier (rules alone in brackets):
40: 0.993 / 0.987 / 0.992 (0.990); 43: 0.983 / 0.953 / 0.966 (0.981);
44: 0.991 / 0.985 / 0.984 (0.988); 45: 0.992 / 0.975 / 0.983 (0.985), date 155/161.
40 and 44 met every threshold unseen.  Their misses then gave the last fixes of the
session (regions, forum words, message heads, initials before a date of birth); 40, 44
and 45 are now asserted, 43 (recall 0.989, context 0.979) stays measured.
Session 6 scored eight more sets unseen, each before its misses were looked at (recall /
precision / context; rules alone in brackets): 48 (168 platform lessons and threads):
0.995 / 0.954 / 0.989 (0.995 / 0.962); 49 (140 minutes, letters, forms, creditor tables):
0.985 / 0.981 / 0.974 (0.977), dossier 85/97; 47 (198 dictations, chats, to-do lists):
0.954 / 0.988 / 0.987 (0.936); 46 (148 Outlook mails): 0.992 / 0.983 / 0.998 (0.989).
They were then used for rounds 19-21 and for training, and the classifier was retrained;
sets 50-53 were scored unseen after that: 50 (140 narrative reports): 0.995 / 0.989 /
0.978 (0.995 / 0.991 / 0.984); 51 (175 WhatsApp exports, voice memos, to-do notes):
0.963 / 0.989 / 0.987 (0.944); 52 (145 letters and mails with organisations): 0.994 /
0.974 / 0.998 (0.993), dossier 0.95; 53 (216 pilot-platform pages, sessions, lessons):
0.991 / 0.984 / 0.997 (0.988), every label >= 0.98: it met every threshold unseen.
The corpora disagreed on an organisation's PO box postcode (28 and 31 labelled it, 44, 49
and 52 did not); a PO box is no one's home, so the three such spans in 28 and 31 were
unlabelled in their builders.  After rounds 19-21 (which used 46-53) and retraining, the
session's final unseen measurement was sets 54-57, against the finder at the session's
start in brackets: 54 (168 texts, a month of one Hague team in every register): 0.993 /
0.988 / 0.989, every label >= 0.98 (0.993 / 0.990 / 0.989): it met every threshold
unseen; 55 (149 texts of teams in other municipalities): 0.986 / 0.986 / 0.984, address
0.952 (0.986 / 0.983 / 0.980); 56 (171 dictations and client messages): 0.942 / 0.992 /
0.989, spoken BSNs 0.69 (0.937); 57 (161 forms, exported tables, creditor lists):
0.979 / 0.986 / 0.985, dossier 0.906 (0.977).  After round 22 and retraining on 54-57,
sets 58-61 were the last unseen measurement of session 6 (finder at the session's start in
brackets): 58 (182 texts, a few weeks of one team in every register): 0.9897 / 0.990 /
0.990, dossier 0.975 (0.988 / 0.986 / 0.986): recall 0.0003 short; 59 (152 platform
lessons, threads, session and theme pages): 0.998 / 0.983 / 0.996, every label >= 0.99
(0.998 / 0.980 / 0.996); 60 (188 chats, client messages, dictations, sticky notes):
0.967 / 0.995 / 0.996, date 0.935 (0.957); 61 (150 forms, mails, letters, tables):
0.991 / 0.990 / 0.991, every label >= 0.975 (0.988 / 0.972 / 0.986).  59 and 61 met every
threshold unseen.
Session 7 scored sets 62-65 unseen first (rules alone in brackets): 62 (197 chat exports,
app messages, voice memos): 0.9765 / 0.9905 / 0.987, dossier 0.853 (0.970); 63 (210
dictations, phone logs, handovers, to-do lists): 0.959 / 0.991 / 0.990, spoken e-mail
addresses 0.78 (0.952); 64 (199 texts, a fortnight of teams in six municipalities): 0.987 /
0.990 / 0.984, dossier 0.905 (0.983); 65 (203 messages of clients and relatives): 0.975 /
0.989 / 0.980, dossier 0.838 (0.972).  They were then used for round 23 and retraining;
62, 63 and 64 are asserted, 65 (dossier 0.94) stays measured.  After round 23 and
retraining, sets 66-69 were scored unseen (rules alone in brackets): 66 (186 team chats and
handovers): 0.991 / 0.989 / 0.982, every label >= 0.98 (0.984); 67 (273 speech-to-text
voicemails and dictations, most numbers read out): 0.905 / 0.996 / 0.992, IBANs read out
0.60 (0.897); 68 (206 messages of clients and relatives): 0.991 / 0.984 / 0.995, every label
>= 0.98 (0.981); 69 (226 texts, a month of a team, formal, informal and platform): 0.982 /
0.990 / 0.994, dossier 0.88 (0.980).  66 and 68 met every threshold unseen.  They were then
used for round 24 and retraining; 66 and 68 are asserted, 67 and 69 stay measured.
After round 24, sets 70-73 were scored unseen: 70 (192 speech-to-text dictations,
voicemails and call transcripts): 0.950 / 0.971 / 0.986, dossier 0.85 (0.948); 71 (194
chats, client messages and notes): 0.991 / 0.989 / 0.993, every label >= 0.97 (0.986);
72 (200 texts, a month of a Dordrecht team): 0.981 / 0.986 / 0.985, dossier 0.92 (0.973);
73 (180 formal documents from 45 municipalities): 0.986 / 0.988 / 0.981, dossier 0.94
(0.984).  71 met every threshold unseen.  They were then used for round 25 and
retraining; 71 is asserted, 70, 72 and 73 stay measured.  After round 25 and retraining,
sets 74-77 were the session's last unseen measurement (rules alone in brackets): 74 (203
texts of one Hague team over three weeks: chats, mails and forms, dictations, platform
posts): 0.995 / 0.995 / 0.997, every label >= 0.98 (0.986); 75 (197 texts of teams in the
North, East and South): 0.988 / 0.985 / 0.973, dossier 0.94 (0.984); 76 (190 chats,
voicemails, dictations, call notes, to-do lists): 0.984 / 0.991 / 0.994 (0.978); 77 (184
platform lessons, reviews, threads, minutes): 0.995 / 0.991 / 0.995, every label >= 0.98
(0.992).  74 and 77 met every threshold unseen and are asserted; 75 and 76 are measured.
The classifier was not retrained on 74-77 in session 7; session 8 retrained it with them
first, then scored sets 78-81 unseen (recall / precision / context): 78 (208 speech-to-text
dictations, voicemails and call transcripts, nearly every number read out): 0.922 / 0.986 /
0.993, postcodes read out 0.65; 79 (200 formal documents of 19 other municipalities):
0.994 / 0.995 / 0.990, address 0.958 (floors after a slash, "16/1"); 80 (193 texts, six
weeks of a Hague team in all registers): 0.993 / 0.986 / 0.990, every label >= 0.98;
81 (195 messages of clients and relatives, many in English, Papiamento, Turkish): 0.991 /
0.962 / 0.983, date 0.968.  80 met every threshold unseen; 79 (and 51) met them after
round 26 and are asserted with it; 78 and 81 are measured.
Session 9 read dictated text back as typed (``spoken_reading.py``, round 27, built from
set 78's misses), added common Turkish, Portuguese, Polish, Romanian, Spanish and
Papiamentu words and foreign months (from set 81's), and then scored sets 82-84 unseen
(recall / precision / context; the finder at the session's start in brackets): 82 (220
call transcripts, dictations, voicemails and voice memos, most numbers said): 0.933 /
0.976 / 0.993, dossier 0.67 (0.893); 83 (196 draft case lessons for the platform, with
data the writer forgot to remove): 0.996 / 0.991 / 0.999, every label >= 0.97: it met
every threshold unseen; 84 (204 thread messages, mails, chats and pasted registration
fields): 0.986 / 0.988 / 1.0, person 0.982 (lower-case names in chats).  82 was then used
for more of round 27 (0.960 after).  81 now meets every threshold and is asserted with 83;
82 and 84 are measured.  58 and 67 (a dictation set) now meet every threshold too and are
asserted.  After fixes from 82 and 84 and from misses across the measured sets (case
numbers, dates, addresses), sets 85-87 were the session's last unseen measurement (the
finder at the session's start in brackets): 85 (192 call transcripts, dictations,
voicemails and memos, most numbers said): 0.975 / 0.992 / 0.989, dossier 0.83 (0.962);
86 (191 platform lessons, reviews, threads, session minutes, theme pages): 0.992 / 0.982 /
0.990, date 0.968 (0.991); 87 (190 messages of clients and relatives in many languages,
referrals, letters, exports): 0.987 / 0.984 / 0.992, person 0.978 (0.987).  86 met every
threshold after four of its date misses were mended and is asserted; 85 and 87 are measured.
After fixes from 85-87, sets 88 (195 call transcripts, dictations and voicemails) and 89
(217 texts, a month of one Hague team in every register) were scored unseen (start of the
session in brackets): 88: 0.970 / 0.991 / 0.996, dossier 0.82 (0.949); 89: 0.983 / 0.988 /
0.992, every structured label >= 0.99, person 0.974 (0.983).  Both are measured.
Session 10 scored sets 90-93 unseen first, with the finder of the session's start:
90 (218 draft case lessons and reviewers' comments on them): 0.986 / 0.986 / 1.0, address
0.954; 91 (233 thread messages, team chats, quick mails, pasted lists): 0.990 (0.9898) /
0.997 / 0.998, every label >= 0.98; 92 (220 calls, dictations and voicemails, numbers said
with pauses, fillers and corrections): 0.927 / 0.988 / 0.991, IBAN 0.50, dossier 0.79;
93 (214 referral letters, reports, decisions, MDO minutes, consent forms, exports): 0.979 /
0.997 / 0.999, person 0.957 (initials defined in brackets, "Ricardo Sital (RS)", then used
alone).  They were then used for round 28; 93 meets every threshold and is asserted, 90,
91 and 92 are measured.  After those fixes, sets 94-97 were scored unseen with the finder
of commit 1265909 (the session's start in brackets): 94 (230 speech-to-text reports, calls,
voicemails and dictated mails): 0.943 / 0.982 / 1.0, IBAN 0.70, postcode 0.79 (0.929);
95 (221 team chats, thread comments, mails, lists, forwarded client messages): 0.981 /
0.997 / 1.0, person 0.969 (0.980); 96 (237 draft lessons and reviews): 0.987 / 0.989 /
0.996, every label >= 0.97 (0.987); 97 (192 forms, CSV exports, minutes, letters, lists):
0.968 / 0.992 / 0.997, date 0.957, dossier 0.94 (0.958).  Their misses then gave the last
fixes of round 28; 90 and 91 (and 87) now meet every threshold and are asserted, 92 and
94-97 are measured (after round 28: 92 0.983, 94 0.981, 95 0.986, 96 0.987, 97 0.986).
Session 11 scored sets 98-100 unseen first, with the finder of commit 10bfa04 (round 29's
first fixes from 95 and 97 in): 98 (199 draft case lessons, reviews, newsletter items):
0.992 / 0.983 / 1.0, every label >= 0.978: met every threshold as first written; 99 (252
team chats, thread comments, quick mails, rotas, handovers): 0.989 / 0.993 / 0.995,
person 0.984; 100 (220 speech-to-text notes, calls, voicemails, forms by phone): 0.981 /
0.991 / 0.977, person 0.979 (names spelled letter by letter), date 0.966 (dates said as
numbers).  After round 29, 98, 99, 95 and 97 meet every threshold and are asserted; 100
is measured (0.989 / 0.994 / 0.991, dossier 0.956); 78 of the 100 sets meet every
threshold.
Session 12 scored sets 101 and 102 unseen first, with the finder of commit a3fdcb3 (round
30 in): 101 (189 letters and mails between organisations: referrals, replies, forwarded
threads, address blocks, reference lines): 0.985 / 0.991 / 0.997, postcode 0.914, iban
0.923, bsn 0.938, date 0.968; 102 (218 forum posts, lessons, theme-session minutes,
@mention replies of the platform itself): 0.990 / 0.968 / 0.980, iban 4/5, phone 0.962.
Both are measured.  After round 30, 43, 46, 48 and 73 meet every threshold and are
asserted; 80 of the 102 sets meet every threshold.
Session 13 scored sets 103 and 104 unseen first, with the finder of commit cac8bfd: 103
(226 notes, mails and chats of one Escamp team over two weeks, many names that are also
words: "Dan", "Will", "Roos", "De Wit", "Florence"): 0.931 / 0.976 / 0.989, person
0.916, dossier 0.895, bsn 0.889; 104 (213 lessons, questions, quoted replies and minutes
from teams in other municipalities, regional addresses, Frisian and Limburg names):
0.980 / 0.952 / 0.978, address 0.889.  Both are measured.  After the first part of round
31, 105 (232 draft lessons, reviewers' comments, threads, minutes and pastes of the pilot)
was scored unseen with commit d4987c4: 0.978 / 0.987 / 0.996, person 0.974, dossier 0.955;
after its second part, 106 (208 forms, decisions, debt tables, letters, exports and mail
threads from all over the country) with commit f5092b7: 0.982 / 0.943 / 0.972 (general
lines of organisations, firms and products read as names, months of a table read as
dates).  Both are measured.  With round 31 done (commit 1b4f809), 107 (224 messages of
clients, relatives and neighbours in many languages, and the teams' short replies) scored
0.984 / 0.970 / 0.963, iban 0.875; 108 (202 kick-off notes, workshop minutes, expert
meetings, evaluations and lessons of a pilot) 0.948 / 0.972 / 0.994, person 0.932
(facilitators' and note-takers' initials).  Both are measured.
Session 14 scored sets 109-112 unseen first, with the finder of commit f5bae56 (round 32
in): 109 (214 WhatsApp threads with clients and relatives, team chats, pasted voice
messages, mixed languages): 0.982 / 0.966 / 0.993, iban 0.846; 110 (199 letters and mails
of municipalities, corporations, bailiffs, UWV, CAK, insurers, schools and courts): 0.995 /
0.985 / 0.997, every label >= 0.97; 111 (216 speech-to-text calls, voicemails, dictations
and interpreted talks): 0.961 / 0.977 / 0.963, bsn 0.783, postcode 0.789; 112 (216 draft
lessons with slipped-in data, minutes, MDO notes, action lists, transfer notes of the pilot):
0.999 / 0.983 / 0.996, every label >= 0.97.  110 and 112 met every threshold unseen and
are asserted, as are 56, 60 and 105 after round 32; 109 and 111 are measured.  After
fixes from 109 and 111, 114 (231 messages of clients, relatives and neighbours in many
languages, and short replies) scored unseen with commit 6869b9c: 0.983 / 0.971 / 0.983,
bsn 0.909, dossier 0.957, phone 0.941; 113 (199 texts of three weeks of one Segbroek team,
ten writers) with the same commit: 0.927 / 0.976 / 0.995, person 0.887 (colleagues'
two-letter initials signing notes: "... volgende wk wo. yk"); after the sign-off rule that
113 showed, 115 (238 platform posts, threads, minutes and lessons of the pilot) with commit
1bfa306: 0.993 / 0.974 / 0.997, dossier 17/18.  All three are measured; 85 of the 115
sets meet every threshold.
Session 15 scored sets 116-119 unseen first, with the finder of commit b1cdf58: 116 (238
draft case lessons in the structured form with slipped-in data): 0.980 / 0.967 / 0.996,
person 0.969 (dates and names between a file name's underscores, building names, acronyms
in brackets); 117 (341 thread messages under lessons, themes and sessions): 0.992 / 0.970
/ 0.996, bsn 10/11 ("edit:" read as a speaker, general lines named with words between);
118 (199 pastes of case files: exports, plans, debt tables, agendas): 0.984 / 0.980 /
0.993, bsn 0.964, dossier 0.915 (tables, a year in a header); 119 (227 invitations,
agendas, minutes, action lists and evaluations of the pilot's sessions): 0.938 / 0.979 /
0.998, person 0.920, address 0.914 (colleagues' initials as owners of actions, "Spui 70").
After round 33's first three parts, 116, 117 and 84 meet every threshold and are asserted;
118 and 119 are measured; 89 of the 119 sets met every threshold.  Sets 120-123 were then
scored unseen first, with the finder of commit d7003e1: 120 (216 published lessons of The
Hague and seven other municipalities, most of them clean): 0.949 / 0.870 / 0.979, address
0.933, person 0.926 (interventions and methods read as names, nicknames); 121 (196 first
drafts typed right after a visit): 0.963 / 0.971 / 0.981, date 0.952, dossier 0.949, person
0.961, phone 0.922; 122 (233 reviewers' comments, tracked changes and consent records):
0.845 / 0.968 / 0.995, person 0.774 (the initials of comment anchors, "Opmerking [SdB1]:");
123 (230 theme pages, contact lists, literature and threads): 0.997 / 0.936 / 0.991,
dossier 0.967 (organisations' own lines in contact lists, publishers, apps).  All four
are measured; after the rest of round 33: 120 0.969 / 0.950 / 0.994, 121 0.973 / 0.972 /
0.981, 122 0.981 / 0.984 / 1.0, 123 0.997 / 0.963 / 0.992.  119 then meets every
threshold and is asserted; 91 of the 123 sets meet every threshold.
Session 16 scored sets 124-127 unseen first, with the finder of commit 018ce6b: 124 (200
minutes and action lists of case conferences, colleagues named by their initials alone):
0.868 / 0.986 / 0.986, person 0.823, dossier 0.778; 125 (217 letters and mails with
corporations, energy companies, bailiffs, the CJIB and Toeslagen): 0.998 / 0.965 / 0.987;
126 (229 first drafts of case lessons, anonymised with slips): 0.986 / 0.924 / 0.993; 127
(220 texts of non-native and mixed-language writers): 0.964 / 0.946 / 0.995, date 0.903.
None met every threshold unseen.  After round 34: 124 0.908 / 0.987 / 0.986, 125 0.998 /
0.971 / 0.987 (every threshold: asserted), 126 1.0 / 0.950 / 1.0, 127 0.993 / 0.969 / 1.0; 124,
126 and 127 are measured.  Sets 128-131 were then scored unseen first, with the finder
of commit 0bd9af9: 128 (216 group chats of volunteers and informal carers): 0.991 / 0.990 /
1.0, bsn 6/7, dossier 15/17, iban 9/10; 129 (202 safety and nuisance reports): 0.989 / 0.972
/ 0.987; 130 (218 texts about young adults, with gamer tags and handles): 0.965 / 0.972 /
0.983, person 0.941; 131 (204 medical papers): 0.996 / 0.954 / 0.994.  None met every
threshold unseen, 128 and 129 came within one label or a thousandth.  After the rest of
round 34: 129 0.993 / 0.972 / 0.987 (asserted), 130 0.984 / 0.973 / 0.983, 128 and 131 as
good or better; 93 of the 131 sets meet every threshold.
Session 17 scored sets 132-135 unseen first, with the finder of commit 4b8e012: 132 (212
texts of debt and bewind paperwork: creditor tables, budget plans, bank exports): 0.987 /
0.974 / 1.0, dossier 0.955; 133 (198 notes about clients over 75 between home care, nursing,
GPs, relatives and care homes): 0.994 / 0.956 / 0.980, bsn 7/8 (medicines read as names);
134 (201 texts of domestic-violence casework and the Meldcode): 0.987 / 0.968 / 0.985,
dossier 0.952; 135 (197 office mails: headers, signatures, invitations, file names and
paths): 0.977 / 0.986 / 1.0, bsn 10/11.  None met every threshold unseen.  After round 35
all four do (asserted), and 98 of the 135 sets meet every threshold.  Sets 136-139 were
then scored unseen first, with the finder of commit bd79277 (after round 35): 136 (201
street-outreach and night-shelter notes, nicknames, foreign ID numbers): 0.938 / 0.965 /
0.994, date 0.956, dossier 0.843, person 0.932; 137 (210 Wmo reports and decisions): 0.990
/ 0.980 / 0.985, dossier 0.958; 138 (210 texts about newcomers and status holders: names in
their own script, V-numbers, addresses abroad): 0.955 / 0.969 / 0.965, address 0.797,
dossier 0.817, postcode 0.923; 139 (227 community-work texts, context-heavy): 0.993 / 0.921 /
0.939, bsn 0.9.  None met every threshold unseen.  After round 36: 136 0.971 / 0.969 /
0.994, 137 0.993 / 0.984 / 1.0 (every threshold: asserted), 138 0.987 / 0.976 / 0.985, 139
0.993 / 0.951 / 0.975; 99 of the 139 sets meet every threshold.  Sets 140-143 were then
scored unseen first, with the finder of commit 4334a76 (after round 36 and the merged speed
work): 140 (226 texts of the pilot's own evaluation: interviews, focus groups, quotes):
0.970 / 0.977 / 1.0, person 0.958; 141 (203 housing texts: urgency, arrears, nuisance):
0.989 / 0.972 / 0.979, dossier 0.968; 142 (225 messages of clients with a mild intellectual
disability, phonetic spelling): 0.949 / 0.986 / 0.986, address 0.694, dossier 0.9, email
0.769, phone 0.789; 143 (219 work-and-income texts, employers named like surnames): 0.996
/ 0.943 / 0.919.  None met every threshold unseen; all four are measured.
heldout1-4 are rebuilt
by ``heldout_corpus.py``, the others by their own ``heldoutN_corpus.py``.  The thresholds are those of the final acceptance
measurement: recall >= 0.99, every label >= 0.97, precision >= 0.97, context >= 0.98.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pilot.privacy import find_personal_data

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "anonymisation"


def _score_module():
    spec = importlib.util.spec_from_file_location("anonymisation_score", SHARED / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CORPORA = [
    "heldout.jsonl",
    "heldout2.jsonl",
    "heldout3.jsonl",
    "heldout4.jsonl",
    "heldout5.jsonl",
    "heldout6.jsonl",
    "heldout7.jsonl",
    "heldout8.jsonl",
    "heldout9.jsonl",
    "heldout10.jsonl",
    "heldout11.jsonl",
    "heldout12.jsonl",
    "heldout13.jsonl",
    "heldout14.jsonl",
    "heldout15.jsonl",
    "heldout16.jsonl",
    "heldout17.jsonl",
    "heldout18.jsonl",
    "heldout19.jsonl",
    "heldout20.jsonl",
    "heldout21.jsonl",
    "heldout22.jsonl",
    "heldout23.jsonl",
    "heldout24.jsonl",
    "heldout25.jsonl",
    "heldout26.jsonl",
    "heldout27.jsonl",
    "heldout29.jsonl",
    "heldout30.jsonl",
    "heldout31.jsonl",
    "heldout32.jsonl",
    "heldout33.jsonl",
    "heldout34.jsonl",
    "heldout35.jsonl",
    "heldout28.jsonl",
    "heldout36.jsonl",
    "heldout38.jsonl",
    "heldout39.jsonl",
    "heldout42.jsonl",
    "heldout40.jsonl",
    "heldout44.jsonl",
    "heldout45.jsonl",
    "heldout41.jsonl",
    "heldout49.jsonl",
    "heldout50.jsonl",
    "heldout53.jsonl",
    "heldout47.jsonl",
    "heldout54.jsonl",
    "heldout52.jsonl",
    "heldout57.jsonl",
    "heldout59.jsonl",
    "heldout61.jsonl",
    "heldout62.jsonl",
    "heldout63.jsonl",
    "heldout64.jsonl",
    "heldout66.jsonl",
    "heldout68.jsonl",
    "heldout71.jsonl",
    "heldout74.jsonl",
    "heldout77.jsonl",
    "heldout51.jsonl",
    "heldout79.jsonl",
    "heldout80.jsonl",
    "heldout81.jsonl",
    "heldout83.jsonl",
    "heldout58.jsonl",
    "heldout67.jsonl",
    "heldout86.jsonl",
    "heldout93.jsonl",
    "heldout91.jsonl",
    "heldout90.jsonl",
    "heldout87.jsonl",
    "heldout98.jsonl",
    "heldout99.jsonl",
    "heldout95.jsonl",
    "heldout97.jsonl",
    "heldout43.jsonl",
    "heldout46.jsonl",
    "heldout48.jsonl",
    "heldout73.jsonl",
    "heldout56.jsonl",
    "heldout60.jsonl",
    "heldout105.jsonl",
    "heldout110.jsonl",
    "heldout112.jsonl",
    "heldout84.jsonl",
    "heldout116.jsonl",
    "heldout117.jsonl",
    "heldout119.jsonl",
    "heldout125.jsonl",
    "heldout129.jsonl",
    "heldout132.jsonl",
    "heldout133.jsonl",
    "heldout134.jsonl",
    "heldout135.jsonl",
    "heldout137.jsonl",
]
#: written and scored unseen, not yet at the thresholds: only the gold is checked
MEASURED = [
    "heldout37.jsonl",
    "heldout55.jsonl",
    "heldout65.jsonl",
    "heldout69.jsonl",
    "heldout70.jsonl",
    "heldout72.jsonl",
    "heldout75.jsonl",
    "heldout76.jsonl",
    "heldout78.jsonl",
    "heldout82.jsonl",
    "heldout85.jsonl",
    "heldout88.jsonl",
    "heldout89.jsonl",
    "heldout92.jsonl",
    "heldout94.jsonl",
    "heldout96.jsonl",
    "heldout100.jsonl",
    "heldout101.jsonl",
    "heldout102.jsonl",
    "heldout103.jsonl",
    "heldout104.jsonl",
    "heldout106.jsonl",
    "heldout107.jsonl",
    "heldout108.jsonl",
    "heldout109.jsonl",
    "heldout111.jsonl",
    "heldout113.jsonl",
    "heldout114.jsonl",
    "heldout115.jsonl",
    "heldout118.jsonl",
    "heldout120.jsonl",
    "heldout121.jsonl",
    "heldout122.jsonl",
    "heldout123.jsonl",
    "heldout124.jsonl",
    "heldout126.jsonl",
    "heldout127.jsonl",
    "heldout128.jsonl",
    "heldout130.jsonl",
    "heldout131.jsonl",
    "heldout136.jsonl",
    "heldout138.jsonl",
    "heldout139.jsonl",
    "heldout140.jsonl",
    "heldout141.jsonl",
    "heldout142.jsonl",
    "heldout143.jsonl",
]


@pytest.mark.parametrize("name", CORPORA + MEASURED)
def test_gold_spans_match_their_text(name: str) -> None:
    docs = _load(name)
    assert len(docs) >= 40
    for d in docs:
        for s in d["pii"] + d["keep"]:
            assert d["text"][s["start"] : s["end"]] == s["text"], (d["id"], s)


@pytest.mark.parametrize("name", CORPORA)
def test_heldout_quality(name: str) -> None:
    score = _score_module()
    gold = _load(name)
    preds = {
        d["id"]: [
            {"start": f.start, "end": f.end, "label": f.label}
            for f in find_personal_data(d["text"])
        ]
        for d in gold
    }
    result = score.score(gold, preds)
    assert result["recall"] >= 0.99, result
    assert result["precision"] >= 0.97, result
    assert result["context_kept"] >= 0.98, result
    for label, frac in result["per_label"].items():
        found, total = map(int, frac.split("/"))
        assert found / total >= 0.97, (label, result)
