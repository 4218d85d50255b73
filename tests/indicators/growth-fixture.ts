/** A small bundle for the growth figures; growth-db.test.ts works out every figure from it by hand. */
export const GROWTH_BUNDLE = {
  "rooms.csv": "room,name\na,Kamer A\nb,Kamer B\n",
  "people.csv": `person,room,first_name,since
p1,a,Ann,2023-05-01
p2,a,Bob,2024-03-01
p3,b,Cas,
p4,a,Dee,2022-01-01
p5,b,Eva,2024-06-01
`,
  "visits.csv": `date,room,activity_type,person
2023-06-01,a,social,p1
2024-02-01,a,social,p1
2024-03-05,a,forms,p2
2024-04-10,b,language,p3
2022-02-01,a,social,p4
2024-05-01,a,jobs,p4
`,
  "hours.csv": `date,room,person,hours
2023-09-01,a,p1,3
2024-10-01,a,p1,2
2024-04-01,a,p2,4
2023-01-15,b,p3,1
`,
  "memberships.csv": "person,room,year,paid\np1,a,2023,yes\np2,a,2024,yes\n",
  "keys.csv": "key,room,person,issued,returned\nK1,a,p1,2024-06-01,2024-11-30\n",
  "roles.csv": "person,room,role,from,to\np5,b,bestuursvrijwilliger,2024-07-01,2024-12-31\n",
  "placements.csv": "person,room,type,start,end\np3,b,perspective_job,2024-09-01,\n",
};
