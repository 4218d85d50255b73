/**
 * A hand-made bundle of three rooms; the expected figures in indicators-db.test.ts are worked out
 * by hand from it, row by row, in the comments there.
 */
export const BUNDLE = {
  "rooms.csv": `room,name,city,variant,opened
a,Kamer A,Utrecht,full,2015-01-01
b,Kamer B,Utrecht,light,2020-01-01
c,Kamer C,Amsterdam,full,2020-06-01
`,
  "people.csv": `person,room,first_name,newcomer,since
p1,a,Ann,no,
p2,a,Bob,yes,2021-03-01
p3,b,Cas,yes,2022-02-01
p4,b,Dee,no,
p5,a,Eve,yes,
p6,c,Fay,no,
`,
  "visits.csv": `date,room,activity_type,activity,person,count,first_time
2021-01-10,a,social,Inloop,p1,,
2021-02-10,a,social_activation,Naaiclub,p1,,
2021-03-10,b,social,Inloop,p1,,
2021-03-11,a,forms,Formulieren,p2,3,
2021-04-01,a,jobs,Klussendienst,p4,2,
2021-04-02,b,jobs,Klussen,,5,yes
2021-05-01,a,social,Inloop,,4,yes
2021-05-01,a,social,Inloop,,7,no
2021-06-01,b,computer,PC,p3,,
2021-06-02,b,language,Taal,,2,yes
2020-12-31,a,debt,Schuld,p1,,
2022-01-01,a,work,CV,p2,,
2021-07-01,c,debt,Schuld,p6,,
2021-07-02,c,work,CV,p6,,
`,
  "hours.csv": `date,room,person,hours,kind,activity
2021-01-05,a,p1,3.5,volunteer,Klussendienst
2021-02-05,a,p1,2,,Klussendienst
2021-02-06,b,p1,1.25,volunteer,Tuingroep
2021-03-05,a,p2,4,volunteer,
2021-03-06,a,p4,10,staff_unpaid,Kookgroep
2020-12-31,a,p4,8,volunteer,Kookgroep
`,
  "keys.csv": `key,room,person,issued,returned
K1,a,p1,2019-01-01,
K2,a,p2,2020-01-01,2021-01-01
K3,a,p4,2020-01-01,2020-12-31
K4,b,p1,2021-05-01,
K5,b,p3,2022-01-01,
`,
  "memberships.csv": `person,room,year,paid,amount
p1,a,2021,yes,1
p2,a,2021,no,
p4,a,2020,yes,1
p1,b,2021,yes,1
p3,b,2021,ja,1
`,
  "referrals.csv": `date,room,direction,partner,person,partner_type,warm,outcome
2021-02-01,a,in,Buurtteam Zuid,p2,,,
2021-02-02,a,in,UWV,p5,,,
2021-03-01,b,out,Schuldhulp,p3,,yes,connected
2021-03-02,b,out,Schuldhulp,,,yes,not_connected
2021-03-03,a,out,Voedselbank,p1,,,connected
2021-03-04,a,out,Voedselbank,p1,,,pending
2021-03-05,a,out,Huisarts,,,,
2020-06-01,a,in,UWV,p4,,,
`,
  "placements.csv": `person,room,type,start,end,wage_value_pct
p1,a,participation,2020-01-01,2021-01-01,
p2,a,perspective_job,2021-01-01,,
p4,b,learning_work,2021-12-31,,
p3,b,internship,2022-01-01,,
p1,b,day_activity,2021-05-01,2021-06-01,
`,
  "outcomes.csv": `date,room,person,kind
2021-05-05,a,p2,paid_work
2021-06-05,b,p2,paid_work
2020-05-05,a,p1,paid_work
`,
  "surveys.csv": `date,room,survey,question,answer
2021-03-01,a,participants,confidence,yes
2021-03-01,a,participants,confidence,no
2021-03-01,a,participants,confidence,ja
2021-03-01,a,participants,pleasant_living,yes
2021-03-01,b,participants,pleasant_living,no
2021-03-01,a,team,score,8
2021-03-01,b,team,score,7.5
2021-03-01,a,partners,score,9
2020-03-01,a,team,score,1
`,
  "impacts.csv": `date,room,kind,value,note
2021-06-01,a,evictions,2,
2021-07-01,b,evictions,1,
2021-06-01,a,nuisance_pct,3,
2021-06-02,a,nuisance_pct,4,
2021-06-01,b,benefit_care_costs_pct,2.5,
`,
  "budget.csv": `room,year,code,amount,description,indirect
a,2021,A1,36000,,
a,2021,C1,12000.50,,
b,2021,A1,24000,,
`,
  "financing.csv": `room,year,funder,funder_type,amount
a,2021,Gemeente,municipality,40000
a,2021,Woonstad,housing_corporation,5000.25
b,2021,Gemeente,municipality,30000
c,2021,Fonds,private_fund,1000
`,
  "audits.csv": `room,year,result,note
a,2021,positive,
b,2021,negative,
`,
  "targets.csv": `room,year,indicator,target,of
a,2021,process.social,350,
a,2021,output.newcomers_participating,20,40
b,2021,process.jobs,15,
`,
};
