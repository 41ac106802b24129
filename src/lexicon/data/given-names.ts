/**
 * Common given names across languages, lower-case, by the gender they tell. A capitalised pair
 * whose first word is one of them reads as a person even without a title or a "said" nearby;
 * the gender lets "he" or "she" point at them. Names that tell no gender (or were not sorted)
 * are in UNSPECIFIED. Data only; src/lexicon/people.ts reads it.
 */

export const FEMALE = `
aisha alice alicia alison amanda amy ana andrea angela angelina ann anna anne ashley barbara brenda carla
carol caroline catherine charlotte christina christine claire claudia cristina deborah diana doris dorothy
elena elizabeth ellen emily emma fatima grace hannah heather helen hillary irina jane janet jennifer jessica
joan julia julie karen kate katherine kathleen kamala kristen laura lauren linda lisa lucy margaret maria
marie mary melissa michelle monica nancy natalia nicole olga patricia rachel rebecca rose ruth sandra sarah
sharon sophie stephanie susan teresa theresa valentina victoria yulia priya pooja anjali sunita anita kavita
deepika nirmala droupadi smriti sonia indira pratibha sushma mamata mayawati meenakshi lakshmi radha sita
gita geeta rekha shobha usha asha aruna neha sneha divya shreya ritu nisha rani kiran salome ursula giorgia
kristalina jacinda sanna mette ngozi yingluck benazir hasina khaleda meera malala greta serena venus naomi
simone
preeti priyanka anushka deepa swati pallavi poonam payal shweta kavya aishwarya madhuri sushmita smita
savita sarita sangeeta archana aarti nandini shalini radhika mamta manju meena neelam rashmi ruchi sapna seema
sheela shilpa sonal tanvi vandana vineeta harmanpreet mithali saina mirabai manika sakshi hima dutee tanushree
bhavina avani jemimah shafali deepti renuka sudha kalpana sunitha mehbooba anasuya
`;

export const MALE = `
aaron abdul abdullah adam adrian ahmed ahmad akira alan albert alberto alejandro aleksandr alex alexander
alexei ali amir andre andreas andrew andrei antonio arnold arthur barack ben benjamin bernard bill bob boris
brad brian bruce carl carlos charles chris christopher colin craig daniel david dean dennis diego dmitry
donald douglas edward emmanuel eric erik evan fernando francis francisco frank fred frederick fumio gabriel
gary george gerald gordon greg gregory hamid hans harold harry hassan henry hiroshi hugh hugo ian igor imran
isaac ivan jack jacob james jason javier jeff jeffrey jeremy jerry jim jimmy joe john johnny jon jonathan
jorge jose joseph joshua juan julian justin karl keith kenneth kevin khalid kumar larry louis luis marc marco
mark martin matthew michael mike mohamed mohammed muhammad nicholas nick olaf omar oscar patrick paul pedro
peter philip pierre rahul raj rajesh ramesh ravi richard robert roger ronald ryan salman sam samuel sanjay
scott sergei shinzo stephen steve steven suresh taro thomas tim timothy tom tony vijay vikram vladimir walter
william xi yusuf narendra amit arvind rajnath nitin piyush bhupender jaishankar subrahmanyam shaktikanta
sanjiv ashwini pinarayi himanta manmohan atal mohandas jawaharlal virat sachin rohit lionel kylian cristiano
travis
abhishek aditya akash akhilesh amitabh anand ankit anupam arun ashok deepak dhruv gaurav girish gopal govind
harish hemant jagdish jitendra kailash kamal kapil karan kishore lalit mahesh manish manoj mukesh naveen nikhil
nilesh pankaj pawan pradeep prakash pramod pranab prashant pravin praveen rajiv rakesh raman ranjit ravindra rohan
sandeep santosh satish shailesh shekhar shivraj shyam siddharth sudhir sumit surendra sushil tarun tushar umesh
vinod vishal yogesh hardik jasprit rishabh shubman suryakumar ishan kuldeep yuzvendra neeraj abhinav gukesh
lakshya srikanth chirag bajrang yogeshwar devendra eknath uddhav sharad farooq nitish tejashwi lalu mulayam
jyotiraditya hardeep dharmendra mansukh gajendra kiren anurag subhash rajendra zakir venkaiah jagdeep ramnath
satyajit srijit abhijit indrajit amarjit sarabjit inderjit
`;

export const UNSPECIFIED = `
abe alexandra alexey andrey anthony ashraf brandon charlie christian dmitri georgi jan jean johann kazuo kim
lee leonid liu masao miguel mikhail mohammad naoto natalie nathan nicolas nikolai nina noah oliver olivia
pablo pamela rafael ralph ramon raymond rita roberto robin roy sabrina sahil sara sean sergey shirley simon
takeshi tanaka valery vera victor viktor vincent wang wayne yasuo yoshihiko yuki yuri zhang li chen ahmet
mehmet recep emine jens rishi keir liz jill melania ivanka hunter mitt chuck ted rand bernie pete ron nikki
vivek mahmoud rashid rahim karim tariq yasmin layla zainab arjun ajay anil sunil lal shah yogi hu jiang deng
mao zhou wen moon park yoon jae shinji junichiro yukio naoki kenji haruki
`;
