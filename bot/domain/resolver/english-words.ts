/**
 * General English vocabulary (about 16,000 words, lower case, 3–12 letters), so the
 * typo corrector never "corrects" a real word into an IT word ("court" → "count") and
 * unmatched plain words can be told apart from unknown names. Generated offline from
 * word frequencies in locally available English documentation and manual pages
 * (words seen at least 20 times); regenerate rather than hand-edit. Hand-written
 * everyday workplace words are in PLAIN_WORKPLACE_WORDS (common-english.ts).
 */
export const ENGLISH_WORDS = `
aaa aaaa aab aac aachen aad aae aaf aag aaltonen aapcs aarch aardvark aaron aas aba abandon abandoned abandons abb
abbasi abbr abbrev abbreviate abbreviated abbreviation abc abcd abcde abcdef abcdefg abcdefgh abcpdqxyz abcs abcxyz
abd abdirahim abe abel abf abfnrtv abi abiflags ability abis abiversion able abnormal abnormally abort aborted
abortfunc aborting aborts abortsignal aboukhadijeh about abouthiroppy above abrahams abruptly abs absence absent
absolute absolutely abspath abstract abstraction abstractions abstracts aca acad academic acb acc accel accelerated
acceleration accelerator accelerators accent accents accept acceptable acceptance accepted accepting accepts access
accessed accesses accessible accessing accesskey accessor accessors accident accidental accidentally accommodate
accompanied accompany accompanying accomplish accomplished accordance according accordingly account accounted
accounting accounts accpath acct accum accumulate accumulated accumulating accumulator accumulators accuracy accurate
accurately acd ace acf achieve achieved ack acked ackermann acknowledge acknowledged acknowledges acl aclocal acls
acm acme acorn acos acosh acquire acquired acquires acquiring acquisition acronym across act acting action actions
actionscript activate activated activates activating activation activations active actively activestate activities
activity actor actors acts actual actually actuation acute ada adair adaltas adam adams adapt adaptation adaptations
adapted adapter adapters adaptive adaptor adaptors adata adb adc add addaleax added addend addinfourl adding addison
addition additional additionally additions additive addmerge addmntent addon addons addprovider addr address
addressable addressed addresses addressing addresslist addressof addrinfo addrlen addrs addrtype adds addtogroup
adduser ade adequate adf adhere adheres adilger aditi aditya adj adjacency adjacent adjlist adjtime adjtimex adjust
adjusted adjuster adjusting adjustment adjustments adjusts adl adler adm admin admindir administer admins admission
adobe adoc adopt adopted adoption adorno adri adrian ads adt aduh adult adv advance advanced advances advancing
advantage advantages advent advertise advertised advertises advertising advice advisable advise advised advisories
advisory aea aead aeb aec aed aee aeef aef aenter aes aescbcparams aesctrparams aesgcmparams aexit afa afb afc afd
afe aff affect affected affecting affects affiliated affiliates affiliation affine affinity affirmer affix afif afm
africa afs after afterward afterwards aga again against agc agda age agency agenda agent agentoptions agents agetty
aggregate aggregated aggregates aggregating aggregation aggressive aggressively aging aglet agnostic ago agree agreed
agreement agreements agrees agulbra agustin agx ahead ahi ahkrin ahmad ahmed ahnert ahost ahu aid aifc aim aimed aims
aio aiocb aiocbp aip aiplatform airbrake airflow airlie airy aiter aitken aix ajv aka akhil aki akira akkerman aks
akshay alain alak alam alan alarm alba albeit albert alejandro aleksey alen alert alerting alerts alessandro alex
alexander alexandre alexey alexis alfred alfredo alg algebra algo algol algorithm algorithms ali alias aliased
aliasent aliases aliasing alice align aligned alignment aligns alike alink alist alive all allbery allbox alleging
allen allfiles alliance allison alloc alloca allocatable allocate allocated allocates allocating allocation
allocations allocator allocators allow allowable allowance allowances allowed allowing allowlist allowlisted allows
alloydb almesberger almost alnum alo alone along alongside alpha alphabet alphabetic alphabetical alphabetize
alphabets alphanumeric alphanumid alphanums alphas alphasort alphaword alpn already als also alt alter alteration
alterations altered altering alternate alternately alternates alternation alternative alternatives alters althome
although altin altivec altlinux altname altogether altsep altsvc alum alumni alvherre always alx amaro amaster amazon
ambassador ambassadors ambient ambiguities ambiguity ambiguous amd amdgpu amend amended america american amet ami
amiga amir amitakhya among amongst amount amounts amp ampersand amphitheatre amr amt amundson ana analogous
analogously analogs analyse analysis analytics analyze analyzed analyzer analyzes analyzing aname anatoli ancestor
ancestors ancestry anchor anchored anchors ancient ancillary and anders andersen anderson andi andr andre andreas
andrei andres andrew andrews andrey andries android andrzej andy anext angel angle angular anibal animation ankit
ankur ann anna annotate annotated annotates annotating annotation annotations announce announced announcement
annoying annual anomaly anon anonrig anonymize anonymous another ans ansgar ansi ansicolors ansitowin anslen answer
answered answering answers ant anthony anthos anthosevents anti antialiasing antitrust antivirus antlr anto antoine
anton antonin antonio antony anu any anybody anymore anynum anyobject anyone anything anyway anywhere aof aout apache
apart apestaart api apicontent apidoc apigateway apigee apis apitest app apparent apparently apparmor appauthor
appconnector appear appearance appeared appearing appears append appended appending appendix appends appengine apphub
apple apples appliance appliances applicable application applications applicative applied applies apply applychanges
applying appname appout appreciate appreciated approach approaches appropriate approval approvals approve approved
approver approx approximate approximates apps appveyor apr april apropos apt aqa aqb aqbar aqc aqd aqdefault aqfoo
aqh aqhttp aqi aqll aqp aqperf aqre aqs aqt aqwww ara arabic aranges aras aravinth arbitrarily arbitrary arboleda arc
arcfour arch arches archetype archetypes architecture archive archived archiver archives archiving archs arcname arcs
arctwo ardo arduino are area areal areas aren arena arenas ares arevalo arg argc argcomplete arginf arginfo arglist
argns argon argp argparse argrepr args argspec argtypes arguably argument arguments argv argval argz aria arial arief
arise arises arising arith arithmetic arity arkadiy arm armada armenian armin armor armored armv arn arne arnt around
arp arpa arpd arr arrange arranged arrangement arrangements arranges array arraybuffer arrayref arrays arrayvalue
arrival arrive arrived arrives arriving arrow arrowood arrows arrp ars art arthur article articles artifact artifacts
artificial artistic artur artyom ary asan asc ascending ascent ascii asciidoctor asctime asdf asdict ash ashworth
asia aside asin asinh asio ask asked asking askpass asks aslist asm asn aspace aspect aspects asprintf aspx assemble
assembled assembler assembling assembly assert asserted asserting assertion assertions asserts assessment asset
assets assign assignable assigned assignee assigning assignment assignments assigns assimilated assist assoc
associate associated associates associating association associations associative associator assume assumed assumes
assuming assumption assumptions assure assured ast asterisk asterisks astronomia astronomical asy asym asymmetric
async asynchook asynchronous asyncio asynckit asyncmeta asyncore asyncreply ata atan atanh atexit atfork athena atime
atk atlow atm atob atof atoi atol atoll atom atomic atomically atomicity atomics atoms aton atredhat atspi atstart
att attach attached attaches attaching attachment attachments attack attacker attackers attacks attempt attempted
attempting attempts attention attestation attestations attestor attestors attime attname attorneys attr attrgetter
attrib attribs attribute attributed attributes attribution attrname attrp attrs attrtext atts aubuchon aud audience
audiences audio audioop audit auditing auditmanager aug augment augmented augments august aumasson aup aupp austin
australia auth authdes authen authenticate authenticity authkey authnone author authored authorities authority
authorize authorized authorizer authorizes authorizing authors authorship authtok authunix authz auto autoclass
autocomplete autoconf autocrlf autodetect autodie autodiff autofill autogen autogenerate autogroup autohealing
autohinting autokey autoload automake automate automated automatic automation automations automount autonomous
autopilot autore autorepair autoreset autorest autoscaled autoscaler autoscaling autospec autosquash autostart
autostash autoupdate autoupgrade autovacuum aux auxiliary avahi avail availability available avatar avatars avenue
average averages avg avgidle aviv avl avoid avoidance avoided avoiding avoids avro avx await awaitable awaited
awaiting awaits aware awareness away awesome awful awk awkward aws awt axboe axel axes axiom axios axis azimuth azure
azurite baa bab babel bac back backed backend backends backer backers backfill backfilling background backhand
backing backlight backlog backoff backport backported backporting backports backpressure backquote backref backslash
backslashes backspace backtick backticks backtrace backtrack backtracking backup backups backward backwards bacon
bacus bad badblocks badge badgen badges badgesize badly badness bae baeza baf bafe bag baggage bahmann bail bailey
bajo bak bal balance balanced balancer balancers balancing balint ball balloon baltic ban band bandela bands
bandwidth bank banks banned banner bar bare barel barely barend barf barfoo barr barrett barrier barriers barry bars
bart bartosz barycentric bas base basebackup based basedir baseline basename basenames basep bases basestring bash
bashforth bashrc basic basically basics basis bassi bassoon bastian bastien bastion bat batch batches battersby
battery baud baudis baumann bavail baz bba bbaa bbe bbfcaf bca bce bcoe bcollins bcrypt bda bde bdist bdynamic bea
beam bear bearer bearing beast beat beb bec became because becker become becomes becoming bed bedford bee been beep
beer bef before beforehand beg began begin beginning begins begun behalf behave behaved behaves behavior behaviors
behaviour behdad behind beihang beilis being belanger belardi belcourt belder belgium believe believed believes bell
bellot belong belonging belongs below beman ben bench benchmark benchmarking benchmarks beneath beneficial benefit
benefits bengali benign benjamin benoit beobide beoffset ber berg berge bergstr berkeley berlin bernd bernoulli
bernstein berrange berry bert bes besides bessel best bestsize beta beth better between bevalue bevenius beware
beyond beyondcorp bfa bfdname bfe bfree bgcolor bhi bho bias bib bibl bibliography bich biconnected bid bidi bidir
biebl biederman bienstman big bigalloc bigger bigint bignum bigquery bigtable bii biking bill billed billing billion
bills bimap bin binaries binary binascii binauthz bind binder binders binding bindings bindir bindresvport binds
binfmt binmode binomial bins binutils bio bios bird birth birthtime bis bisect bisection bison bit bitand bitbucket
bitcode bitinn bitmap bitmaps bitmask bitor bits bitset bitstream bitvector bitwise bitxor bjoern bjorn black
blackfin blackhole blacklist blah blake blame blank blanked blanks blechmann bless blessed blinding blindly blink
blkid blksize blo blob blobs block blockchain blockdev blocked blocker blockers blocking blocklist blockquote blocks
blocksize blog bloom blowfish blue bluetooth bmax bmi bnoordhuis bnum board boat bob bodies body bodychars bogus
boilerplate bold bolt bom bonaccorso bond bonding bonus boo book bookkeeping bookmark bookmarks books bookworm bool
boolean booleans boom boost boostbook boostdep boot bootable bootdisk booted booth booting boots bootstrap bootup
border borders borelli borins boris borland born boron borrow borrowed borrows bos bosmans boss boston bot botbuilder
botet both bothamy bother boto bottleneck bottlenecks bottom bounce bouncing bound boundaries boundary bounded
bounding bounds bounty bourdev bourne bower box boxed boxes boxstarter boy boyer bpa bpbynumber bplist bpnumber bpo
bqexports bra brace braced braces brack bracket bracketed brackets brad bradley brady bram branch branches branchname
brand branded branden brandon brands braud bravo brazil breach breadth break breakage breakages breaker breakglass
breaking breakpoint breakpoints breaks brendan breuer brevity brian bridge bridgewater brief briefly bright
brightblue brightcyan brightgreen brightness brightred bring bringing brings bristow broad broadcast broadcasts
broader broke broken broker bron broofa brotli brought brouwer brown browse browser browserify browsers browsertest
browsing broyer broz bruce bruno brute bryan bryce bsdgroups bsearch bsize bslash bstatic bstring bswap bsymbolic
btoa btree bubble bubbles bucket bucketname buckets budeanu budget budgets bueso buf bufcreate buff buffer buffered
buffering buffers buffersize buflen buflength bufp bufreadint bufreaduint bufsiz bufsize bufswap bufwriteint
bufwriteuint bug bugfix bugfixes buggy bugpoint bugreport bugs bugzilla build builder builders buildext buildflags
buildid buildinfo building buildpackage buildpacks builds buildsystem buildtools built builtin builtins bulgarian
bulk bull bullet bump bumped bun bunce bunch bundle bundled bundler bundlers bundles bundling bunk bunyan bunzip
burchardt burke burlap burrows burst bursty bus busctl buses business busy busybox but button buttons buus buy bye
bygroups byol byosa bypass bypassed bypasses bypassing byproducts byref byt byte bytearray bytecode bytelength
byteoffset byteorder bytep bytes byteslike bytestring byval bzcat bzero bzerror bzgrep bzip bzmore caa cab cabs cac
cacc cacciola cacert cacerts cache cacheable cached cachedir cachegrind cachekey cacheline caches caching cacos
cacosh cad caddr cae caf cafile cahalan cai cairo cake cal calc calcsize calculate calculated calculates calculating
calculation calculations calculator calculators calendar calibration california call callable callables callback
callbackify callbacks callcc callchain callchains calle called calledfuncs callee callees caller callers callgraph
callgrind callhdr calling callmethod callmsg calloc callout callrpc calls callsfunc calvin cam cambridge came camel
camellia camera caminiti campaign campailla campbell can canada caname canary cancel cancelable cancelation canceled
canceling cancellation cancelled cancelling cancels cand candidate candidates canned cannot canon canonic canonical
canonicalize canonname cantor canvas canvheight canvwidth caolan cap capabilities capability capable capacities
capacity capath capital capitalize capitalized capitalizing capitals caplan capped caps caption capture captured
captures capturing car caramel carbon card cardinal cardinality cards care careful carefully cares caret carg carl
carlier carlo carlos carlson carlsson carnegie carnil carp carriage carried carrier carries carry carrying carsten
cart cartesian cas casagrande casas cascade cascading case cased casefold caseless cases casin casing casinh cast
casting castro casts cat catalog catalogs catan catanh catch catches catching categories categorized category
catholique catmull catopen cats cauchy caught cause caused causes causing caution caveat caveats cavium cba cbarg cbe
cbor cca ccache cce ccgchrome ccgnet ccgtesting ccid cciss cclauss ccompiler ccos ccosh cctest cda cdata cde cdecl
cdef cdrom cdup cea cease ceases ceb cec cecilia ced cedar cee cef ceil ceiling cel cell cellback cellpadding cells
cellspacing celt celtic cendio censor cent center centered centos centra central centrality centralized centrally
centre centricular centroid centrum century cer cert certain certainly certdata certfile certifi certificate
certificates certified certify certs certtool cesar cexp cfa cfe cfgetispeed cfgetospeed cfi cfile cflag cflags
cfmakeraw cfree cfsetispeed cfsetospeed cfsetspeed cgi cgit cgroup cgroups cgroupv cgtop chacha chai chaijs chain
chained chaining chains chalk challenge challenges chan chance chances chang change changed changelog changelogs
changes changeset changing channel channels chaperone chapter chapters char character characters charbuffer chardet
charge charged charges charles charlie charmap charp charref chars charset charsets chart charter chartered charts
chasing chassis chastain chat chatterjee chattr chdir che cheap cheat chebyshev check checkable checkbox checked
checker checkers checkin checking checkout checkpoint checks checksum checksums cheetah chemi chen cheng chengzhong
cherry chet cheung chi chicago chief child childprocess children chin chinese chip chips chittora chmod choice
choices choke chomp choose chooser chooses choosing chop chord chore chores chose chosen chown chris christian
christiansen christmas christoph christophe christopher christos chrome chromeos chromium chrono chroot chset chu
chuck chun chung chunk chunked chunks chunksize cic cid cidr cif cifs cilium cimag cipher ciphers ciphersuites
ciphertext circle circlehead circleq circuit circuits circular circumvent circumvented cis cit citation cite citi
city cius cjihrig cjwatson cla claim claimed claims clamp clamped clang clara clarified clarify clarinet clarity
clark clarke clarkson clasen clash clashes class classdef classdict classes classful classic classical classid
classified classifier classifiers classify classless classmethod classname classpath classpaths classv claude claudio
claus clause clauses clauss clean cleandoc cleaned cleaner cleaning cleanly cleans cleanup cleanups clear cleared
clearenv clearer clearerr clearfix clearing clearly clears cleartext cleary clemens clever clex cli clib click
clickable clicked clicking client clienthttp clients cligen cline clint clip clipboard clipped clipping clisp cliui
clntraw clntudp clo clobber clobbered clock clockid clocks clog clone cloneable cloned clones cloning close closed
closedir closefd closelog closely closer closes closest closing closure closures cloud cloudasset cloudbilling
cloudbuild clouddeploy cloudfront cloudkms cloudrun clouds cloudshell cloudsql cloudtasks cloudtrace cloudwatch clow
clsact cluster clustered clustering clusterrole clusters clusterwide clutter cluttering clytie cmac cmake cmap cmath
cmdclass cmdline cmdoptions cmek cmit cmlibuv cmndef cmyk cnonce coalescing coarse coccinelle codata code codebase
codebytere codec codecov codecs codecvt coded codegen codehaus codel codemodel codename codepage codepath codepaths
codepoint codepoints codeql coderef codes codeset codespeak codethink coding cody coe coeff coefficient coefficients
coerce coerced coerces coercible coercion cofactor coff coffee coffeescript col cola colab cold colemak colgroup
colin colinhacks collabora collaborator collapse collapsed collapsing collate collating collation collations collect
collected collecting collection collections collective collectively collectives collector collects collet collide
colliding collin collina collins collision collisions colno colomar colon colons color colorado colorama colored
coloring colorize colormap colormaps colormode colors colorscheme colour cols colspan column columns com combination
combinations combine combined combiner combines combining combo come comes comfortable coming comm comma command
commander commandline commands commandsets commas comment commentary commented commenthol comments commerce
commercial commercially commit commitment commitments commits committed committee committer committing common
commonjs commonly commonprefix commons commonwealth communicate communicated communicates communicator community comp
compact companies companion company compaq compar comparable comparator compare compared compares comparing
comparison comparisons compat compatible compensation compete competent competing compilation compilations compile
compiled compiler compilers compiles compiling compl complain complains complement complete completed completely
completeness completer completes completing completion completions complex complexity compliance compliant complicate
complicated complies comply complying compname component components compose composed composer composing composite
compositing composition compound compr compress compressed compresses compressible compressing compression compressor
compressors compromise compromised comps compsoc compspec comptype compulsory computation computations compute
computed computer computers computes computing con concat concatenate concatenated concatenates concept concepts
conceptually concern concerned concerning concerns concise conclude concrete concurrency concurrent concurrently cond
condensed condition conditional conditionals conditioned conditions conduct cone conf conffile conffiles confidence
confidential config configfile configparser configs configurable configurator configure configured configures
configuring confirm confirmation confirmed confix conflict conflicted conflicting conflicts confluent conform
conformance conformant conforming conforms confstr confuse confused confusing confusion congestion congruential conj
conjugate conjunction conjure conn connect connected connecting connection connections connectivity connector
connectors connects connmark connor conntrack cons conscious consecutive consensus consent consented consents
consequence consequences consequently conservative consider considerable considerably considered considering
considers consist consistency consistent consistently consisting consists console consoles consolidate consolidated
consor consortium const constant constantly constants constexpr constituent constitute constitutes constr constrain
constrained constraint constraints construct constructed constructing construction constructor constructors
constructs construed consts consult consulted consulting consume consumed consumer consumers consumes consuming
consumption cont contact contacted contacting contacts contain contained container containerd containers containing
contains content contention contents context contextified contextify contextlib contexts contextual contextvars
contig contiguous continuation continue continued continues continuing continuous continuously contour contract
contracts contradict contrary contrast contrib contribs contribute contributed contributing contribution contributor
contributors contributory control controlled controllen controller controllers controlling controls contstr conv
convenience convenient conveniently convention conventional conventions convergence conversation converse conversely
conversion conversions convert converted converter converters convertible converting converts convex convey conveyed
convolve cook cookbook cooked cookedq cookie cookiejar cookielib cookies cool cooling cooper coord coordinate
coordinated coordinates coords cope copiable copied copies coprocessor copy copyable copyedit copyfile copyfileobj
copying copyleft copyreg copyright copyrighted copyrights copysign copytree cor core coredump coregrind corelist
corepack cores coreutils cork corner corners coro coroutine coroutines corp corporation corpus correct corrected
correction corrections correctly correctness correlate correlation correspond corresponds corretg corrigendum corrupt
corrupted corruption cors cortex cos cosh cosine cosmetic cosmin cost costa costly costs cot couch could couldn
council count countdown counted counter counterclaim countermand counterpart counterparts counters counting countries
country counts couple courier course court courtesan courtesy courts cov covariance covariant cover coverage
coveragedir coveralls covered covering coverity covers cox cpack cpan cpid cpio cpow cppcon cppgthird cpplexer
cpplint cpu cpuid cpus cpuset cpusetp cpusets cpusetsize cpy cpython cqo cqre cqve crafted craig cramfs crash crashed
crashes crashing crawl crawler crawlers cray crcfun crcmod cread creal creat create created createerr creates
creating creation creations creative creator creators cred credential credentials credit credits creds cref crichton
cripps cristian crit criteria criterion critical criticality croak croatian cromwell cron crop cross crossed crosses
crossmod crude cruft crypt cryptenroll crypto cryptography cryptokey cryptol cryptopbkdf cryptsetup cryptsoft
crypttab crystal csa csbi cscope csek cset csharp csi csidl csin csinh csiso csisolatin csock csound cspan cssclass
cssfile cstdfloat cstdint cstring csubarray csum ctags ctan ctanh cte ctest ctime ctoi ctor ctors ctti ctype ctypes
cube cubic cubrid cuda cui cultural cumulative cup cups cur curcode curdir cured curframe curl curle curlinfo curlopt
curly curr currency current currentlevel currently curry curses cursor cursors curve curves cuserid custom customary
customer customers customevent customizable customize customized customizing cut cutoff cve cvelbar cvename cview
cvsimport cvsserver cwi cword cwrite cxa cxxabiv cyan cyc cycle cycles cyclic cyg cygnus cygwin cyl cyren cyril
cyrillic cyrus cython czech daa dab dabh dac dad dae daemon daemons daeyeon daf dag dags dahlin daijiro daiki daily
daisy dam damage damaged damages dame damian damien damon damyan dan dane danger dangerous dangling daniel daniele
danielle danishka danjou danny dantti darbois darin dario dark darling darren darshan dart darwin daryle das dash
dashboard dashboards dashdash dashed dashes dassen dat data database databases datacatalog dataclass dataclasses
datadir datadog datafiles dataflow dataform datafusion datagram datagrams datakonsult datalen datalength datap
datapath dataplane dataplex datapoints dataproc datascan datascans dataset datasets datasources datastore datastream
datatracker datatype datatypes dataview datawritten date dated dates datetime datetimes datum daubechies dave david
davide davidlohr davidz davis dawes dawson day dayjs daylight days daytime dba dbaryshkov dbe dbname dbopen dbus dca
dccaf dce dconf dda dde ddir ddos dea deactivate deactivated deactivates dead deadline deadlock deadlocks deal
dealing dealings deallocate deallocated deallocates deallocation deals dealt dean death deauthorize deb debadree
debarch debconf debhelper debian debianized debionne debounce debug debugfs debugged debugger debuggers debugging
debuginfo debuginfod debuglevel debuglink debuglog debugprint dec decapsulate decay december decf decide decided
decides deciding decimal decimals decipher decision decisions decl declaration declarations declarative declare
declared declares declaring declspec declstartpos decltype declval decodable decode decoded decodedline decoder
decoders decodes decoding decommission decomp decompress decompressed decompresses decompressor deconstruct decor
decorate decorated decoration decorations decorator decorators decpt decrease decreased decreases decreasing decref
decrement decremented decrements decrypt decrypted decrypter decrypting decryption decrypts ded dedent dedicated
dedication deduce deduced deduction dedupe deduplicate dee deee deem deemed deep deepcopy deepen deepequal deeper
deeplearning deeply deepmerge def default defaultarm defaultdict defaulted defaulting defaults defect defects defend
defense defer deferrable deferred define defined definedness defines defining definite definitely definition
definitions definitive deflake deflate defmap defn defrag defs defsym deg degradation degrade degraded degree degrees
deidentify deinit deinitialize dekker del delattr delay delayed delays delegate delegated delegatee delegates
delegating delegation delete deleted deleter deletes deleting deletion deletions deliberate deliberately delim
delimit delimited delimiter delimiters delimiting delims delitem deliver deliverable delivered delivering delivers
delivery dell della delta deltas deluser demand demands demangle demangled demangler demangling dembinski demo demon
demonstrate demonstrated demonstrates demos den deng denial denied denies denis dennis deno denominator denorm denote
denoted denotes denoting dense densify density deny denypolicies denys deokjin deop dep department depcache depcomp
depd depend dependabot depended dependences dependencies dependency dependent dependents depending depends depfile
deploy deployed deploying deployment deployments depname depot deprecate deprecated deprecation deprecations deps
depth depths deque dequeue dequeued der deref dereference dereferenced dereferences derek derivation derivative
derivatives derive derived derives deriving derogatory des desc descampe descend descendant descendants descending
descends descent descr describe described describedby describes describing descrip description descriptions
descriptive descriptor descriptors deserialize deserialized deserializer design designate designated designates
designation designed designer desirable desire desired deskey desktop despite dest destdir destfile destination
destinations destroy destroyed destroyerr destroying destroys destruct destruction destructive destructor destset det
detach detached detaches detaching detachstate detail detailed detailing details detect detected detecting detection
detector detectors detects determinant determine determined determines determining dev devanagari devaux devch devel
develop developed developer developers developing development devhelp deviate deviation device deviceid devices
devicetree devlink devnull devon devpts devstorage devtools devtoolset dfa dfas dfe dfile dgettext dgram dgramsocket
dhat dhparam diablo diag diagnose diagnosed diagnosing diagnosis diagnostic diagnostics diagram diagrams diags dial
dialect dialects dialog dialogflow diamond diarization diaz dickey dickinson dicom dict dictates dictionaries
dictionary dictitems dicts dictvalue did didn die died diego diener dienes dies dif diff diffcore differ difference
differences different differential differently differing differs difficult difficulties difficulty diffie difflib
diffs diffserv diffstat difftime difftool diffutils dig digamma digest digestbyname digestmod digests digit digital
digitally digits dijkstra dilger dim dimacs dimension dimensional dimensions dimitri dimitrios dimitris dimov dimple
dims dinkumware dio dionne dir dircolors dirdirectory direct directed direction directions directive directives
directly director directories directory directs dirent dirfd dirik dirk dirlist dirmngr dirmode dirname dirnames
dironly dirp dirpath dirs dirstat dirty dis disable disabled disablement disables disabling disallow disallowed
disallows disambiguate disappear disappeared disassemble disassembled disassembler disassembly disassociate disaster
disc discard discarded discarding discards discipline disclaim disclaimed disclaimer disclaimers disclaims disclose
disclosure disconnect disconnected disconnects discontent discord discounted discourage discouraged discover
discoverable discovered discovering discovery discrepancy discrete discretion discrim discriminant discuss discussed
discusses discussing discussion discussions disjoint disk disks dismiss dismissed disp dispatch dispatched dispatcher
dispatches dispatching display displayed displaying displays disposable dispose disposition dispositions dispute
disregarding disrupt disruption disruptive dissect dist distance distinct distinction distinctions distinfo
distinguish distlib distribute distributed distributes distributing distribution distributor distributors distro
distros dists distutils ditto div diverged diversion divert divide divided divider divides dividing divisible
division divisor divmod django djpig dkey dladdr dlclose dlerror dlfilter dli dlin dlinfo dlmalloc dlmopen dlopen
dlpi dlsym dma dmesg dmi dmitriy dmitry dmsetup dmstats dname dnlup dnsnames dnspromises dnsresolve dnssec doc
docbook docca docfix docker dockerfile docs docstring docstrings doctest doctests doctool doctype document documented
documenting documents docutils doe does doesn dog doh doing doko dollar dolor dom domain domainname domains domenic
domexception domhandler dominant dominic dominus domp domsch don donald done dont door dorland dos dose dot
dotchevski dotnet dotplace dots dotted dottedmag double doublecolon doubled doublequote doubles doublings doubly
doubt doug douglas down downcase downgrade download downloadable downloaded downloading downloads downstream downward
doxy doxygen dpi dpipe dpo dport dprintf dpy dqua dquote draft drafts drag draheim drain drained draining
dramatically drand drastically draw drawable drawables drawing drawn draws drem dremf dreml drepper drew drift drive
driven driver drivers drivertype drivertypes drives drolon drop dropped dropping drops droute drung dry drzejewski
dsa dsaparam dsig dso dstatic dstoff dsymutil dtags dtext dtor dtrace dtype dual dubnium duck due dug dumb dummy
dummyatk dump dumpable dumpall dumpe dumped dumper dumping dumps dunder dunn dup dupctx duplex duplicate duplicated
duplicates duplicating duplication duplocale duque duration durations during dutch duty duvall duy dvi dvorak dwarf
dwheeler dwo dying dylan dylib dyn dynamic dynamically dynamicbase dyndep dynptr dzil eaa eaaf eab eac each
eachresult ead eae eaf eafe eager eagerly eagers eagle earlier earliest early ease easier easiest easily east easter
eastern easy eat eax eba ebae ebb ebc ebcdic ebd ebe ebf ebiederm ebnf eby eca ecb ecbe ecc ecd ecdh ecdsa ece ecf
echo echoed echoing echos eck eckhardt ecl eclipse ecma ecmascript ecn ecosystem ecp ecparam ecvt eda edata edb edc
edd eddsa eddy ede eden edf edg edge edges edimitro edit editable editables edited editing edition editions editline
editor editorconfig editorial editors editres edits edu edward edwards edx edy eea eeab eeb eec eecfa eed eee eef
eemeli efa efb efc efd efda efe eff effect effective effectively effects efficiency efficient efficiently effort
efforts efi eflags efm egg eggert egginfo eggs egid egimosx egl egrep egress ehlo eick eid eif eigen eight eighth eio
either ekm elaborate elapse elapsed elapses elastic elect election electric electron electronic electronics elem
element elements elen elevate elevated eleven elf elfutils eli elian elif eligible eliminate eliminated eliminates
eliminating elit elixir ell ellint elliot ellipses ellipsis elliptic ellu elm elpi elproc else elseif elsewhere elsif
elsize elt elts elu emacs email emails emax embed embedded embedder embedders embedding embolden emergency emergent
emeriti emeritus emil emily emin emission emit emits emitted emitter emitters emitting emmanuel emmanuele emoji emph
emphasis emplace employ employed employee employees employing employs empties empty emscripten emulate emulated
emulates emulating emulation emulations emulator emulators enable enabled enablement enables enabling enage enc encap
encapsulate encapsulated encapsulates enchant encipher encipherment enclose enclosed enclosing encode encoded encoder
encoders encodes encodeurl encoding encodings encounter encountered encountering encounters encourage encouraged
encrypt encrypted encrypter encrypting encryption encryptor encrypts enctype encumber end endaliasent ended ender
endforeach endfsent endfunction endgrent endhostent endian endianness endif ending endings endless endmntent
endnetent endnetgrent endobj endofrecord endorder endorse endorsed endorsement endpoint endpoints endpos endprotoent
endptr endpwent endrec endrpcent ends endservent endspent endstream endswith endtime endutent endutxent endwhile
energy enforce enforceable enforced enforcement enforces enforcing eng engine engineer engineering engines english
engraver enhance enhanced enhancement enhancements enlarged enlistment enoent enough enp enqueue enqueued enrich
enroll enrolled enrollment enrollments ens ensemble ensimag ensure ensured ensurepip ensures ensuring ent entails
enter entered entering enterprise enters entire entirely entirety entities entitled entitlement entitlements entity
entra entries entropy entropylen entry entrypoint entrypoints enum enumerable enumerate enumerated enumeration
enumerations enumerator enums env envelope enveloped environ environment environments envoy envp envvar envvars envz
enz eof eofs eol eos epatents epfd ephemeral epilog epilogue epm epoch epoll eps epset epsg epsilon eqn equal
equality equally equals equation equations equipment equiv equivalence equivalent equivalently equivalents era erand
erange erase erased erases erasing erasure erb erbium eremin erf erfc erfcf erfcl erhn eric erick erik erikd erl
erlang erlangen err erratum errbuf errc errcode errinfo errlist errloc errmsg errno errnop errnum erroneous
erroneously error errorcode errored errorfile errormessage errors errp errpipe errread errs errstr errwrite errx
erspan esac esbuild esc escalade escalation escapable escape escaped escapeinside escaper escapes escaping escriba
eset esfahbod esft eskimo eslint eslintrc esm esmtp esoteric esp espa especially esr esri essence essential
essentially esser est establish established establishes establishing estat estimate estimated estimates estimation
estimator estoppel estrada estree etag etags etc etcd etd etext eth ethan ether ethereum ethernet ethers etiny etm
etree ets etw etype euc euclidean eugene eui euid euidaccess euler euml eur euro europe european eval evaluate
evaluated evaluates evaluating evaluation evaluator evan evanlucas evans even evenly event eventarc eventemitter
eventfd eventname events eventsource eventtarget eventually ever everseen every everybody everyone everything
everywhere evgeny evicted eviction evidence eview evil evim evoque evp evt exact exactly exadata examination examine
examined examines examining example examples exc exceed exceeded exceeding exceeds excellent excelsior except
exceptfds excepthook exception exceptional exceptions excepts excerpt excess excessive exchange exchanged exchanges
exclamation exclude excluded excludes excluding exclusion exclusions exclusive exclusively excmd exe exec execfile
execl execle execlp execstack executable executables execute executed executes executing execution executions
executor executors execv execve execveat execvp execvpe exegesis exemptable exempted exemption exercise exercised
exercises exercising exhaust exhausted exhaustion exhaustive exhibit exidx exif exist existed existence existent
existing exists exit exitcode exited exiting exits exn exotic exp expand expanded expanding expands expandtab
expandtabs expanduser expansion expansions expat expect expectation expectations expected expecting expects expense
expenses expensive experience experienced experiment experimental experiments expert expint expiration expirations
expire expired expires expiring expiry explain explained explaining explains explanation explanations explanatory
explicit explicitly exploit exploited explore explorer expm expo expon exponent exponential exponents export
exportable exported exporter exporters exporting exports expose exposed exposes exposing exposure exposures expr
express expressed expressing expression expressions expressjs expressly exprs exprtokens exslt exsltexports ext
extant extend extended extending extends extensible extension extensions extensive extensively extent extents extern
external externalized externally externals extname extra extract extractable extracted extracting extraction
extractor extracts extraneous extras extrema extreme extremely exts extval exuberant eye eyes faa fab fabian fabio
fabricated fabrice fabs fac facade faccessat face facebook faces facet facilitate facilitates facilities facility
facing fact factor factorial factorials factories factorize factors factory facts facundo fad fadvise fae faes faf
fahnestock fail failback failed failfast failing faillock faillog failobj failover fails failure failures fair fairly
fairness faith fake faked fakeroot falco falcou fall fallback fallbacks falling fallocate falls fallthrough false
falsely falsy fam familiar families family fan fancy fann fanotify faq far farias farnung fashion fast fastcall
fastcover faster fastest fastify fastmail fat fatal fatalerror fatals fattach fault faulted faulthandler faulting
faults faulty favor favorite favour fax fba fbe fbird fbufsize fca fcamellia fce fcgi fchdir fchmod fchmodat fchown
fchownat fclose fcndec fcndef fcontext fcore fcrypt fda fdatasync fde fdecode fdecrypt fdetach fdigest fdim fdir
fdisk fdopen fdopendir fdset fea fear feasible feat feature featured features feb february fec fed federal federated
federation federations federico fedor fedora fee feed feedback feeding feeds feel fees fef fegetenv fegetexcept
fegetround feholdexcept felipe felix fellowship fence fenced fencing fencrypt feng fenv feof fermium fernandes
fernandez fernando feross ferror fesetenv fesetround fetch fetched fetcher fetches fetching fetestexcept feupdateenv
few fewer fexcept fexecve ffa ffba ffdhe ffe fffacd fffe ffi ffii fflate fflush ffmpeg ffree fget fgetc fgetgrent
fgetpos fgetpwent fgets fgetspent fgetwc fgetws fgrep fhir fhqwhgads fib fiber fibonacci fid fido field fieldname
fieldnames fields fif fifo fifth fifty figure figures fildes file filed filedes filehandle filelist filemap filemode
filename filenames fileno fileobj fileop filepairs filepath fileref files filesize filespec filestore filesystem
filesystems filetype filip filippo fill fillcolor filled filler fillfactor filling fills fillvalue film films filt
filter filtered filterfalse filtering filters fin final finaled finalhandler finalization finalize finalized
finalizer finalizers finalizes finally finance find findall finder finders finding findings finditer findnodes
findosg finds findutils fine finer finger fingerprint fingerprints fingers fini finish finished finishes finishing
finit finite finitef finitel finnish fips fire firebase fired firedfox firefox fires firestore firewall firewalls
firing firm firmware first firstboot firstlineno firstweekday fish fisher fishrock fist fit fitness fits five fix
fixed fixedsize fixer fixers fixes fixing fixture fixtures fixup fixups fkey flag flagged flagp flags flakiness flaky
flanagan flash flat flatten flattened flattening flavor flavors flavour flaws fleck fleet fleets fletcher flex
flexibility flexible flight flink flip flist flo float floating floats flock flockfile flood floor floordiv floppy
florian flow flower flowid flowing flowlabel flows floyd fluid flush flushed flushes flushing flushlbf flux fly
flyweight fma fmax fmemopen fmessage fmin fmod fmter fname fnmatch fno fnonce fnref fobj focus fog fokkens fold
foldable folded folder folders folding foldl foldr folks follow followed following followings follows fomichev font
fontaine fontconfig fontname fonts fontsize foo foobar food fooled foot footer footnote footnotes footprint fopen
fopencookie for forall forbid forbidden force forced forcefully forces forcibly forcing fore foreach foregoing
foreground foreign forever forget forgot forgotten fork forked forking forkpty forks forkserver form formal formally
format formation formats formatted formatter formatters formatting formdata formed former formerly formidable forming
forms formula formulas forrest forth fortran forum forw forward forwarded forwarding forwardings forwards fou found
foundation foundry four fourier fourth fox foy fpath fpathconf fpclassify fpe fpending fpin fpos fprintf fpu fpurge
fputc fputs fputwc fputws fqname frac fracpart fraction fractional fractions frag fragile fragment fragmented
fragments frame framerate frames framesize framework frameworks framing fran france frances francesco francisco
francois frank franklin frantisek franziska fread freadable freading frechet fred frederic frederick fredrik free
freeaddrinfo freeargs freebsd freectx freed freedesktop freedom freeing freelist freelocale freely freenet freeres
frees freetype freeze freezer french freopen freq frequency frequent frequently fresh freshness fresources fret frexp
fri friday friedl friedman friedrich friend friendly friendlyname friends frodo from fromdata fromfile fromkeys
fromlines fromlist fromutc front frontend frontends frotz frowning frozen frozenset fru fruit frysinger fscanf
fsdecode fsdir fsdirent fseek fseeko fsencode fset fsetlocking fsetpos fsfswatcher fsfunc fsha fsid fsign fsmap
fsmonitor fsopenpath fspath fsprogs fspromises fsreadfd fsreadstream fsstatfs fsstats fstab fstack fstat fstatat
fstatfs fstream fstring fsword fswritefd fsync ftell ftello ftime ftok ftparchive ftplib ftplugin ftrace ftruncate
ftsent ftype fudge fuji fujitsu fulfill fulfilled fulfilling fulfills full fullest fullname fullpath fullurl fully
fulton fun func funcdef funcname funcopy funcs funcsynopsis function functional functionally functioning functions
functools functor functors fundamental funny funop fupdate fur furnished further furthermore furukawa fury fuse fused
fuser fusion fut futex futexes futimens futimes futimesat future futures fuzz fuzzer fuzzing fuzzy fverify
fvisibility fwide fwmark fwprintf fwrapv fwritable fwrite fwriting gabi gabor gabriel gae gai gaicb gailly gain
gained gains gallery gallium game games gamma gang gap gaps garbage garcia garden garnacho gary gas gasc gaspar gate
gated gateway gatewayd gateways gather gathered gathering gathers gauge gauss gaussian gautam gauterin gavant gave
gazta gbarr gbit gbusey gcbrun gce gcloud gcloudignore gconv gcov gcrypt gdbserver gdbus gdoc gdwarf gecos gehrels
geisend gelf gemini gemma gen genchanges gencodec gendes gendsa general generalized generally generate generated
generates generating generation generator generators generic generics generis geneve geng gengjiawen genkeypair
gennadiy gennaro genomics genpkey genrsa gensalt genshi gensymbols gentoo geo geodan geodesic geoffrey geographic
geolocation geometric geometries geometry george gerhard german germany gerrit gesturing get getaddrinfo getaffinity
getaliasent getargs getattr getattribute getauxval getc getcaller getchar getcodec getcomptype getcontext getcpu
getcwd getdate getdents getdoc getegid getent getentropy getenv geterr geteuid getevents getfd getframe getfsent
getfsfile getfsspec getgid getgrent getgrgid getgrnam getgrouplist getgroups getguardsize getheaders gethelp
gethostent gethostid gethostname getifaddrs getitem getitimer getline getlines getlogin getmaps getmembers getmntent
getmsg getname getnameinfo getnetbyaddr getnetbyname getnetconfig getnetent getnetgrent getnetpath getnode getopt
getopts getoverrun getpagesize getparam getpass getpeercert getpeername getpgid getpgrp getpid getpmsg getport getpos
getppid getpriority getprotoent getproxies getpw getpwent getpwnam getpwuid getrandbits getrandom getregentry getreq
getreqset getres getresgid getresuid getrlimit getrobust getrpcbyname getrpcent getrusage gets getscheduler
getservent getsid getsize getsockname getsockopt getspent getspnam getstack getstate getsubopt gettable getter
getters gettext gettid gettime gettimeofday gettimeout getting getttyent getty getuid getusershell getutent getutid
getutline getutmp getutxent getutxid getutxline getvalue getw getwc getwchar getwd getxattr geyer ghash ghe ghi gib
gibfahn gibson gid gids gif gigabyte gigabytes gil gilli gillmor gimeno gimp ginchereau gindex gio giorgio giovanni
gireesh girl gisle gist git gitconfig gitcvs gitdir gitem github gitignore gitk gitlab gitmodules gitter gitweb give
given gives giving gke gkebackup gkeclusters gkehub gladky gle glen glenn gles glib glibc glim glisse glitch glob
global globalize globally globalns globals globbing globs glorious glossaries glossary glplatform glue glyph glyphs
gmail gmane gmtime gmtoff gname gnat gnome gnu gnulib gnumonks gnupg gnutls goal goals goaway gobble gobject goes
going golang gold golden gone gonz gonzaga goo good goodbye goods goodwill goog google googleapis googlemail
googletest gopd gopher gordon gorez gortmaker gospodnetic gost gostdsa gosthash got goto gotos gotten gov govern
governance governed governing government governs govett gpgconf gprof gprofng gpu gpus grab grabbed grace graceful
gracefully grad grade gradient gradients gradle gradually graduate graeme graft grafts graham grain grained grammar
grammars grandegger granlund grant grantable granted granting grantpt grants granular granularity graph graphic
graphical graphics graphs graphviz grave gray grayscale gre great greater greatest greatly greedy greek green
greenend greet greeting greetings greg gregoa gregor gregorian gregory grep grey grid griggs grit grob groff grog
grohne grops grothoff grotty group groupby groupdict grouped grouping groupname groups groves grow growfs growing
grown grows growth grpid gruenbacher gruenbaum grund gshadow gskolan gssapi gsub gsutil gtest gtoc gtty gtype
guarantee guaranteed guarantees guard guarded guards guardsize gubenko guess guessed guesses guessing guest
guestmount guez gui guid guidance guide guidelines guides guido guilherme guillaume guillem guitool gulbrandsen gun
gunnar gunter gunthorpe gunzip guo gupta gurtovoy gus gustavo gutierrez guts guy guybedford guzman gvars gvim gvimrc
gyp gypfiles gypi gzip gzipped gzlog gztar haardt habacker hack hacker hackers hacking hacks had hadoop haible haiku
haired hairpin hal half halt hamano hamel hammond hana hand handcrafted handed handful handing handle handlebars
handled handler handlers handles handling hands handshake handshaking handy hang hanging hangs hangul hannes hannibal
hans hansen hanson hao hapi happen happened happening happens happily happy harald harband hard hardcoded hardcopy
harden hardening harder hardlink hardlinks hardware hardwired harm harmful harmless harmonic harmony harms harness
harris harry harshitha hartley hartmut has hasattr hash hashable hashbang hashcmp hashcode hashed hasher hashes
hashing hashlib hashmap hashref hashseed hashset hashtable haskell haskeys hasmntopt hasn hasown hassaan hassan hat
hatch hatena haugh hausdorff have haven having havoc haxe haxx hay hayden haystack hazards hazmat hba hchar hcreate
hda hdestroy head headed header headerlink headers headersonly heading headings headless headline headp heads health
healthcare healthcheck healthy heap heapdump heapify heappop heapq heapreplace heapsnapshot heaptrack heart heavily
heavy hebrew heider height hein heinrich held helge helgefjell helgrind heller hellip hellman hello helloworld helmut
helo help helped helper helpers helpful helping helps helvetica hemmet hence henney henning henningsen henriksson
henrique henry henstridge her here hereafter hereby heredoc herein hereof hereunder hermes hermite herrmann herror
hertzog herv herve hess heuman heuristic heuristics hewlett hex hexadecimal hexdigest hexdigits hexdump hexnums hey
hgbranch hgchrome hgnet hgthird hibernate hibernation hidayanto hidden hide hides hiding hierarchical hierarchies
hierarchy hietaniemi high highcpu higher highest highlight highlighted highlighter highlighting highlights highly
highmem hilite hills him himself hindex hinkelmann hinnant hint hinting hints hiragana hirano his hist histogram
histograms historic historical historically histories history hit hits hitting hive hjson hkdfparams hkey hlist hmac
hoc hoehrmann hoersken hof hold holder holders holding holds hole holes holger holiday holidays holin holland holme
holmgren holowaychuk holt home homebrew homed homedir homepage hommey homogeneous hong honor honored honors honoured
hood hook hooks hop hope hopefully hops horizontal horizontally horner horse hosny host hostbyname hosted hostent
hostid hosting hostmask hostname hostnamed hostnames hostport hosts hostton hot hotmail hotspot hour hourly hours
house housekeeping hover how howard howells however howl howto hpa hpe hpsa hptuning hpux href hrtime hsearch hstore
hstrerror hsu htab htmlparser htobe htole htonl htons httpagent httpbin httplib httpserver hua hub huber hubert hubs
hud hudson hue huffman huge hugefiles hugepage hugepages hugetlb hugetlbfs hugging hugh hughes hughsie hugo hull
human humans hundred hundreds hungarian hunk hunks hunold hunspell hurd hurt hut hwclock hwe hybrid hyc hydrogen hye
hyp hyper hyperbolic hyperdisk hyperdisks hyperlink hypertext hypervisor hyphen hyphenation hyphens hypot hypotheses
hypothetical iac iadd iain iam iamkun ian iana iap iarchive iat ibarra ibase ibeta ibm ibp ica ical icc ice icelandic
icf ichernev icl icmp icon icons iconv ics icu ide idea ideal ideally ideas idempotent ident identchars identical
identically identifiable identified identifier identifiers identifies identify identifying identities identity idiag
idiom idl idle idllexer idm idn idna idp idris ids idtype idx iec ieee ies ietf iex ifa iface ifaddrs ifb ifconfig
ifdef ife iff ifi ifindex iflag iflags ifname ifndef ifr ifw igalia igamma iglob ign ignorable ignore ignored ignores
ignoring igor ihi ihrig iif iii ijaz ikey iki ikm ilabel ilb iliopoulos ilkka ill illegal illumos illustrate
illustrated illustrates illustration ilogb ilya imag image images imaginary imagine imaging imap imaxabs imaxdiv
imendio img imm immediate immediately immediates immersive immunities immutable imp impact impacted impacting impacts
imperial impersonate impersonated impersonator impl implement implemented implementer implementers implementing
implementor implementors implements implib implication implications implicit implicitly implied implies imply import
importable importance important importantly importation importcert importd imported importer importers importing
importlib imports impose imposed imposes impossible improper improperly improve improved improvement improvements
improves improving impure imr imran ims imul inability inaccessible inaccuracy inaccurate inactive inactivity inb
inbound inbox inbuf inc inch incident incidental incidents incl include included includes including inclusion
inclusive incoming incompatible incomplete inconsistent inconvenient incorporate incorporated incorporates incorrect
incorrectly incr increase increased increases increasing increment incremental incremented incrementing increments
incur incurred incurs ind indeed indefinitely indemnify indemnity indent indentation indented indenting indention
indentless indents indep independent index indexable indexed indexes indexing india indiana indic indicate indicated
indicates indicating indication indicator indicators indices indirect indirected indirectly individual individually
individuals indutny indx ineffective inefficient inencoding inequality inet inetd inexact inf infer inference
inferior inferiors inferred infers infile infiles infinite infinities infinity infix inflate inflection influence
influenced influences info infobar infodrom infop infopages inform informatik information informative informed
informing informs infos infozip infra infrequent infrequently infringe infringed infringement infringes infringing
ing ingest ingested ingestion ingress ings inherent inherently inherit inheritable inheritance inherited inheriting
inherits inheritsched inhibit inhibited inhibitor inhibits ini init initargs initasyncid initctl initgroups initial
initialdelay initialise initialised initialize initialized initializer initializers initializes initializing
initially initiate initiated initiates initiating initiation initiative initiatives initiator initrd initstate
inittab inject injected injecting injection injury inkey inl inline inlined inlines inlinfo inlining inname inner
innermost innetgr ino inode inodes inotify inout inp inplace inport inproc input inputrc inputs inqueue inquire ins
insane insb insecure insensitive insert inserted inserter inserting insertion insertions inserts inside insight
insights insist insl insn insns insogna inspect inspected inspecting inspection inspector inspects inspired insque
inst install installable installation installed installer installers installing installs instance instanceof
instances instant instantiate instantiated instantly instaweb instdir instead institute institutions instr instream
instring instrlen instruct instructed instruction instructions instructs instrument instrumented instruments
insufficient insw int intact integer integers integral integrals integrate integrated integrating integration
integrations integrity intel intellectual intelligence intend intended intends intensity intensive intent intention
intentional intents inter interact interacting interaction interactions interactive interacts interbyte intercept
intercepted intercepting interception interceptor interceptors intercepts interchange interconnect interest
interested interesting interface interfaces interfere interference interfering interior interlace interlaced
interlacing interleave interleaved interlocked intermediary intermediate intermingled intermittent intermixed
intermod intermodule intern internal internally internals internet interning interop interp interpol interpolate
interpolated interpose interpret interpreted interpreter interpreters interpreting interprets interprocess interrupt
interrupted interrupter interruption interrupts intersect intersection intersects intersperse interspersed interval
intervals intervening intervention intl intmax into intp intptr intr intra intranet intrinsic intrinsics intro
introduce introduced introduces introducing introduction introspect intrusive ints inttypes intuitive inv inva
invalid invalidate invalidated invalidates invalidation invalidity invariant invented inventories inventory inverse
invert inverted investigate invisible invitation invocable invocation invocations invoke invoked invoker invokes
invoking involve involved involves involving inw ioam iobase iobuf iocp ioctl ioctls iojs ion ioperm iopl ioprio iops
ior ios iostate iostream iostreams iota iov iovcnt iovec iovlen ipaddr ipaddress ipc ipip ipp ippolito iprimitive
iproute ips ipsum iptables ipv ipy ipynb ipython iqmp irc ireq iri irix iron irq irrelevant irrespective irreversible
irreversibly irrevocable iruserok isa isaac isaacs isabelle isabs isalnum isalpha isascii isastream isatty isblank
iscased isclass iscntrl iscoroutine isdigit isdir isdst isempty iserializer isexec isfile isfinite isfunction isgraph
isgreater ish isidentifier isilon isinf isinff isinfinity isinfl isinstance island islands isless islessequal islice
islink islower ismethod ismodule isn isnan isnanf isnanl isnormal iso isoformat isolate isolated isolation ispkg
isprint ispunct iss isspace issuance issubclass issue issuecomment issued issuer issuers issues issuing ist istio
istream istreambuf isunordered isupper iswalnum iswalpha iswblank iswcntrl iswctype iswdigit iswgraph iswlower
iswprint iswpunct iswspace iswupper iswxdigit isxdigit isysroot ita italian italic italics italo itanium item
itemgetter itemizedlist items iter iterable iterables iterate iterated iteratee iterates iterating iteration
iterations iterative iterator iterators iterdir iterencode iteritems iterkeys itertools itervalues itimerspec ito
itokens itrace its itself ivan ivanov ivar ivo ixor jaakko jaap jack jackson jacob jacobi jaeger jailbreak jak jake
jakecastelli jakob jakub jalaali jam james jamey jamfile jamie jamil jamroot jan jane janik janos janssens jansson
january japan japanese jar jaraco jarkko jars jarsigner jashkenas jasnell jason java javac javadoc javascript javax
javier jay jazz jccolext jccolor jcgray jcgryext jchuff jcsample jdassen jdcolext jdcolor jdmerge jdmrgext jdsample
jean jefe jeff jeffrey jelinek jelmer jenkins jens jeong jeremiah jeremy jerez jeroen jerome jesse jest jesus
jfdctint jiawen jidctfst jidctint jiffies jim jimenez jimmy jin jinja jiri jis jit jithil jitless jitter jlink jmod
jmpbuf jmxremote jni joachim joao joaqu job jobs joda joe joel joerg joey joeyh johan johannes john johnsen johnson
johnsonm join joinable joined joiner joining joinpath joins joint jon jonas jonathan jones joost jordan jordi jorge
jos jose josefsson josep joseph josh joshua journal journalctl journald journaled journaling journals jover joy joyee
joyeecheung joyent jpeg jquanti jquery jrand jre jridgewell jsa jsdelivr jsdoc jshell jsimd json jsonfile jsonnet
jsri jstat jstatd juan juanarbol judged juergen jul julia julian julianne julien julio july jump jumps jun junction
june jung jungku junio junior junit junk jupyter jurisdiction jurko jussi just justified justify justin justinpryzby
juttle jwa jyo jython kaber kaboom kadmin kafka kahn kai kaiser kal kallsyms kamat kaniko kanji kaplan karel karl
karlsruhe karma karney karolina karp karssenberg karsten kartik kasimier kat katakana katz kay kazuki kbytes kcore
kde kdfopt keep keepalive keepends keeping keeps kees keio keith keithp keller kem kempf ken kennedy kenneth kent
kept kerberos kern kernel kernels kerola kerolasa kerrisk kevin kevlin kex kexec key keyalg keybindings keyboard
keybox keycap keychain keycode keyctl keydata keyed keyexch keyfile keyform keyfunc keygen keygrip keyhan keyid
keying keyinit keylen keylog keymap keymgmt keyname keyobject keyout keypad keypair keypass keypress keyring keyrings
keys keyserver keyservers keyset keysets keystore keystroke keysym keysyms keytab keytool keytype keytypes keyusages
keyutils keyvanzadeh keyvault keyversion keyword keywords khaidi khaled khronos kib kibana kid kids kill killall
killed killer killing killpg kills kilobyte kilobytes kim kimball kind kinddef kinds kinesis king kir kirill kislyuk
kit kitchen kitware kju klass klaus klauspost klee kleen kleene klemens klode klose klumpp klute kmem knapen kniazev
knob know knowing knowledge known knows knuth koa kobayashi koch kocharin koenig kohei kohlhoff koi koichik koke
konqueror korean kormanyos korsvoll kosse kost kowalke kprobe kqueue kravchenko krems kreutz kreutzmann kristian
kronrod krzemie krzysztof kswapd kty kube kubeconfig kubectl kubelet kubernetes kuchling kuhn kukuk kumar kungliga
kunkee kurchatkin kurdish kurihara kurt kurtosis kutta kuznetsov kwarg kwargs kwdefaults kwork kyle kzak lab label
labeled labeling labels laboratory labs lac lachowicz lack lacked lackey lacking lacks ladha laforge lag lagged
laguerre laid laine lake lakes lal lalande lam lambda lambdas lambert lance lanczos land landed landing landlock
landmarks lands landscape lane lang langasek langdef langinfo langley langmap language languages lao laplace lappish
laptop large largely largepages larger largest largs larry lars larson larsson lasse lasso lassoapp last lasti
lastlog lasttype lastval laszlo lat latch late latencies latency later latest latex latin lato latter lattice lau
launch launched launcher launches launching launchpad laurent lauri law lawfully lawrence laws lawsuit lawyer lax
layer layered layers layout layouts lazily lazr lazy lbrace lca lcapi lcase lchmod lchown lcong lcov ldap ldapc ldaps
ldconfig ldexp ldflags ldif ldiv ldouble ldquo ldshared lea lead leader leading leads leaf leak leaked leaking leaks
lean leap learn learned learning learns lease leases least leave leaves leaving led leda lee leeway left lefteris
leftmost leftover legacy legal legally legend legendecas legendre legitimate legitimately lei leko lelbach lemberg
lemburg lemire len length lengths lenient lennart leoffset leon leonerd less lesser lessfile lesskey lesspipe let
lets letter letters letting leung lev levalue level levels leverage levon lewine lewis lex lexeme lexemes lexer
lexername lexers lexertl lexical lexically lez lfence lfib lflag lflags lgamma lgammaf lgammal liability liable lib
libaio libarchive libblkid libbzip libc libcap libcbor libcrypt libcrypto libctx libcurl libdecnumber libdir libdpkg
libedit libenzi libev libexec libexpat libexslt libfakeroot libfdisk libffi libfile libfoo libfreetype libgcc
libgcrypt libgit libglvnd libiberty libidn libintl libip libjpeg libjpegturbo libkeyutils libldap liblmdb liblunicode
liblzma libm libmount libmpdec libname libnss libout libpng libpq libproc libpthread libpython libraries library
libregrtest librt libs libsodium libssl libstdc libstemmer libtasn libtest libtiff libtirpc libtool libuuid libuv
libwww libx libxml libxmlsec libxslt libxt libz licence licensable license licensed licensee licensees licenses
licensing licensor licensors licenza licenziante lichtenheld lichtmaier lid lie lien liens lies lieu life lifecycle
lifesciences lifespan lifetime lifetimes lifo lift lifted lifting light lightweight like likelihood likely likewise
lillqvist lilypond lim limb limbo limit limitation limitations limited limiter limiting limits lin linaro lindstaedt
line lineage lineanchors linear linearly linecache linefeed lineno linenos linenostart linenostep linenum linenumber
lines linesep linestring lineterm linger linguistic link linkage linkat linked linker linkers linking linkname
linkpath links lint linter linting linus linux linuxrc lio lirc lisp list listdir listed listelm listen listened
listener listeners listening listens listfile listhead listinfo listing listings listio listitem listitems lists
listxattr lit lite literal literally literals literary literate litigation little liu live lived liveness lives livia
ljharb lla llabs llama lldiv ller llround llroundf llroundl llseek lmid lnaof lnstat lnum load loadable loadavg
loaded loader loaders loading loads lob loc local locale localeconv localed localedef localename locales localhost
locality localization localize localized locally localname localns localparam locals localtime locate located locates
locating location locations locator locators lock lockable locked lockf lockfile lockfiles lockfree locking locks
locn locs lodash lodos loff log logarithm logarithmic logb logdna logfile logflare logform logged logger loggers
logging logic logical logically login logind logins loginuid logistic logit logitech loglevel logme lognormal logo
logos logout logs logstash loki lol lon lone long longer longest longindex longitude longjmp longopt longopts
longrunning longstanding looijaard look lookahead lookbehind looked looker looking looks lookup lookups loomis loong
loongson loop loopback looping loops loose loosely loosen lopo lord lore lorem lorenz lorenzo loring lortie los lose
loses losing loskot loss losses lossless lost lot lots lotus louis loup louren louvain love low lower lowercase
lowercased lowered lowering lowest lpar lpthread lrand lresolv lrint lro lround lroundf lroundl lru lsearch lseek
lshift lsof lspan lsquo lstat lstrip ltmain lto ltoptions ltsugar ltversion lua lubomir luca lucas luck ludovic luigi
luis luit luk lukas luke lukeed luks luminance lumsdaine lun lundh luns lupdf lupmf luser lustre lutimes luvaton
luxon lvalue lvol lxe lysator lzip lzma lzop maarten mabi mac mach machinable machine machined machinery machines
macho maciej macintosh mackerelio macos macosx macq macro macros macsec maddock made madsen madvise mafintosh mag
magenta magic magicfile magics magnetic magnitude magnus mai mail mailbox mailboxes mailcap maildir mailer mailfrom
mailinfo mailing mailman mailmap mails mailto main mainline mainloop mainly maint maintain maintained maintainer
maintainers maintaining maintains maintenance maintype maj majer major majority mak makamaka makarenko make makeaddr
makecontext makedev makedirs makefile makefiles makefs makeinfo maker makes maketext maketrans making mako mal
malformed malfunction malicious malign mallach mallinfo malloc malloced mallopt man manage manageable managed
management manager managers manages managing mandated mandatory mandb mandriva manfredi mangle mangled mangling
manifest manifests manip manipulate manipulated manipulates manipulating manipulation manipulators manish manmaster
manner manoj manpage manpages manpath mantissa manual manually manuals manuel manufacturer many manylinux maor map
mapcs mapped mapper mapping mappings mapred maps mar maraschi marc marcel march marchini marcin marco marcus marek
margin margins maria marie marineau mario marius mark markdown marked marker markers marketing marketplace marking
markings marko markobject marks markup markus marquess marsden marshal marshall marsonya martin martinez mary mas
masahiko masarati masaru masashi masatake mask masked masking masks masm masquerade mass massage massey massif
massive master masters mat match matched matcher matchers matches matching material materialized materials mateusz
math mathematical mathematisch matherr matheus mathewson mathias mathieu matlab matlib matrix matt matteo matter
matters matthew matthias matthieu mattias mattis maurer maurice maven mawk max maxage maxbuffer maxdepth maxevents
maxheaderlen maxim maximal maximize maximum maxlen maxlevels maxlinelen maxloc maxmem maxmemory maxmsg maxnode
maxsize maxsplit may maybe maynard mazurs mbig mbind mbit mbox mbrtowc mbsrtowcs mbstate mbstowcs mbtowc mca mcast
mcheck mcollina mcpu mcrypt mdash mday mdays mdebug mdoc mdy mean meaning meaningful meaningless meanings means meant
meantime measure measured measurement measurements measures measuring mebibytes mec mech mechanical mechanism
mechanisms mechglue meck med medeiros media mediaasset median mediatype medical medium meeks meet meeting meets mega
megabyte megabytes mei melchior meld mellanox mellon melquiond mem memalign memb membarrier member members membership
memberships memcache memcached memcheck memchr memcmp memcpy memfd meminfo memleak memlimit memmem memmove memo
memoization memoize memory memorystore memoryview memos mempcpy mempolicy memptr memrchr mems memset memstream memsz
memuse memxor mendez meng menon mensonides mention mentioned mentioning mentions menu meow mer mercurial mere merely
merge merged merges mergetool merging meridian meridiem merijn merino mert mertdirik mesa mesg mesh meshes meson mess
message messageerror messageport messages messaging mestery met meta metac metaclass metaclasses metacpan metadata
metafunction metainfo metal metalink metaparse metastore metavar metcalf metcalfe meter metering meth method
methodcaller methodname methods metric metrics metro metzmacher mevexrcig mex meyer meyering mfence mfix mfpu
mhdawson mib micha michael michal michel michiel michigan mick micro micromatch micros microsecond microseconds
microsoft microsystems microtask mid middle middleware midnight midx mig might migrate migrated migrating migration
migrations miguel mika mike mikeal mikhail milad milan miles milestone miller million millis millisecond milliseconds
milo miloslav mime mimeparams mimetype mimetypes mimic mimics min minburst mincore mind minecraft mingw mini minidom
minified minikube minimal minimatch minimax minimize minimizing minimum minisblack minix minmax minor minstr minus
minute minutes minwoo mips mipsel miquel mir miroslav mirred mirror mirrored mirroring mirrorings mirrorlist mirrors
mis misbehaved misc misformatted mishandled misleading mismatch mismatched mismatches mismatching miss missed misses
missing mistake mistaken mistakenly mistakes mistry misuse mit mitchell mithun mitigate mitigation mitre mix mixed
mixin mixing mixture mkdir mkdirat mkdtemp mke mkfifo mkfifoat mkhomedir mklink mknod mknodat mkostemp mkostemps
mkpath mkquery mkstemp mkstemps mkswap mktemp mktime mlfence mlittle mlock mlockall mloongson mma mman mmap mmarchini
mmi mmio mnemonic mno mntent mobile moc mocha mock mocked mocking mocks mod modal mode model modeled modeline models
modem moderate moderation modern modernize modes modf modifiable modification modified modifier modifiers modifies
modify modifying modinv modname modp modpath modprobe mods modula modular module modulename modules modulo modulus
moe moeller mohammed moment moments momentum momtchev momtchil mon monad monadic monday monetary money moneypunct
mongo mongodb monitor monitored monitoring monitors monkey mono monochrome monoid monomorphic monospace monotonic
monotype monte monteiro month monthly months moolenaar moon moore moral more morecore moreover morgan morgenstern
mori moria moritz morozov morsel mortem mosawi moshe moshier moss most mostly motd motion motivation motley motor
motorola moulton mount mountain mounted mountflags mountinfo mounting mountpoint mounts mouse mov movable move
moveable moved movement moves movie moving movq moz mozgovoy mozhet mozilla mpeg mpfi mpi mpic mpid mpint mpitt
mpiwrap mpool mpower mprobe mprotect mqdes mqueue mrand mrelax mremap mri mro msa msal mscdex msdos msec msecs msgbuf
msgget msgid msglen msgmni msgout msgpack msgsize msgtyp msgtype msi mso msqid msse msvccompiler msync mta mtab mtext
mtime mtimes mtrace mtu mtune mtype muc much mueller mul mulansky mult multi multiarch multibuffer multibyte
multicast multicluster multifile multikey multiline multilinestr multimap multipart multipath multiple multiples
multiplexed multiplexing multiplied multiplier multiplies multiply multiplying multipoint multiprocess multiset
multistream multithread munge munlock munlockall munmap murphy music musical musl musllinux musse must mutable mutate
mutated mutation mute muteconfigs mutex mutexattr mutexes mutual mutually myaddress myapp mybranch mybucket mycluster
mycompany mycontent mydata mydb mydir myenv myers myevent myexe myfds myfile myftiu myfunc myghty myimage mykey
mykeyring myles mylib myobject mypackage myproj myproject mypy myrepo myschema myscript mysecret myself myservice
mysql mysqljs mytable mytopic nabin nacl nag nagle nagy naive nalin nam name named namedtuple nameindex namelen
namelist namely namenode nameopt nameref names namespace namespaced namespaces namespacing naming nan nano nanos
nanosecond nanoseconds nanosleep nans napi nargs narnia narrow narrowed narrower narrowing nas nasm nasonov nasty nat
nathan national nations native natively nats natural naturally nature nav navigate navigation navigator nbytes ncalls
nchannels ncker nclose ncurses ndarray ndef ndiff ndigits ndjson near nearby nearbyint nearbyintf nearbyintl nearest
nearly nec necessarily necessary need needed needing needle needless needs neg negate negated negates negation
negative negatively negligence negotiate negotiated negotiation negotiator neigh neighbor neighboring neighbour
neighbours neil neither nel nelson neon nerd nerr ness nest nested nesting net netapp netbsd netcdf netconf netconfig
netconnect netdb netdev netdevice netdevs netent netfilter netflix netgrent netgroup nethercote netherlands netid
netinet netlink netloc netmask netname netns netof netp netrc netrcparts nets netscape netserver netsocket netsplit
netstat nettle nettype network networkd networking networklb networks neumann neutral never nevertheless new newctx
newdirfd newed newend newentry newer newest newfd newfile newfstatat newkey newl newline newlines newlocale newly
newmask newmod newname newobj newp newpath newrr news newsgroups newsub newton newurl newvalue next nextafter
nextafterf nextafterl nextchar nextdown nexthop nexttick nexttok nexttoward nexttowardf nexttowardl nextup nextupf
nextupl nexus nframes ngettext nginx nglyph nglyphs ngroups niall nibble nic nice nicely nicer nicholas nick nickname
nicol nicolai nicolas nicoletti nid nie niebler niels nielsen nigel nightly nikita niko nikolai nikos nil nils nim
nine ninit ninja nippon nis nison nisplus nist nistp nistpubs nit nitems nitfol nits nitzan nix nizipli nlink nloc
nloops nmagic nmatch nmemb nmkquery nmono nnimann noah nobody nobold noc nocera nocheck noclobber nodable node
nodeadkeys nodei nodejs nodemask nodename nodep nodepool nodes nodesource nodeuser nodot noel noescape noexcept
nofollow nogrpid noheadings noinit noise noisy noitalic nokia nolinebreak nologin nologo nom nomination non
nonblocking noncanonical nonce noncelen noncopyable noncurrent none nonempty nonetheless nonexclusive nonexistent
nonfatal nonfinite nongnu nonlocal nonlocking nonmember nonnegative nonoption nonportable nonpositive nonreentrant
nonref nonsense nonsensical nonstandard nonstop nonterminal nontrivial nonusable nonwidget nonzero noo noop noordhuis
noout nop noproc noprog noqa nor nordhaug nordic noreturn norm normal normalise normalize normalized normalizer
normalizes normalizing normally normative normcase normpath norris north northamerica northeast northern norvell not
notable notably notation notations notdone note notebook notebooks noted notes nothing nothrow notice noticeable
noticed notices notif notification notified notifier notifies notify notifying noting notion notranslate notre
nouveau nov nova novell november novotny now nowadays nowait nowide nowrap npapi npmignore nprocs nquery nquerydomain
nrand nread nreqs nroff nsearch nsec nsecs nsems nsend nsenter nseq nsid nsname nspawn nssov nsswitch nstereo nther
ntoa ntohl ntohost ntohs ntop nuffer nul null nullable nullary nullish nullptr nulls num numa number numbered
numbering numbers numerals numerator numeric numerical numerically numerics numerous numlist numpunct numpy nums
numstat nvidia nview nvlpubs nvme nwritten nylander oaep oarchive oasis oauth oauthlib oav obey obj objc objcopy
objdump object objective objectname objects objm objp objpp objs objsize obligation obligations oblique oboe obs
obscure observable observance observe observed observer observers obsolescent obsolete obsoleted obsoletes obtain
obtained obtaining obtains obtype obug obvious obviously occasionally occupancy occupied occupies occupy occur
occurred occurrence occurrences occurring occurs oci ocsp oct octal octave octet octets october octonion octopus odbc
odd ode odeint odr ofb off offending offer offered offering offers office official officially offline offload
offloading offs offset offsetof offsets oflag oformat ofr ofrobots often ogg ohe ohtsu oid oidc ois okay olaf old
oldact olddirfd oldenburg oldend older oldest oldfd oldhunk oldpath oldrev oldset oldvalue ole oliver olivier omagic
omega omission omit omits omitted omitting omp omx onboard onboarding once onclick ond ondemand ondrej one oneline
oneof onerror ones oneshot oneway ong ongoing onl online onlinedocs onlinepubs only onmessage onn onread ons onto
ontop onward onwards ooc oom oomd ooprala oops oortwijn ooura oozcitak opa opacity opaque oparg opcode opcodes open
openal openat openbsd opencl opencode opencv opendir opened opener opengl opengroup openid opening openjp openjsf
openldap openlog openmax openmj openmode openmp openpgp openpt openpty opens opensource openssh openssl openwall oper
opera operand operands operate operated operates operating operation operational operations operator operators opere
opf opinion opinions opj opmap opname opportunity opposed opposite opq oprala oprimitive ops opt optarg opted opterr
optical optim optimal optimbase optimisation optimistic optimization optimize optimized optimizer optimizes
optimizing optimsimplex optimum optind option optional optionally optionals optionflags options optionsstdio optlen
optlib optmem optname optopt optparse opts optstring optval opus oracle orange oranges orc orchestrator ord order
orderable ordered orderedlist orderfile ordering orderings orderorder orders ordinal ordinarily ordinary org
organization organized orgpolicy orgs orientation oriented orig origin original originally originate originated
originates originating origins origmask orlenko orphan orphaned ort orthogonal osabi osc oscar oscillator osconfig
oserializer oset osfhandle osg oslevel osname oss ossf ossl ossman osstat ostream ostreambuf ostroukhov osx otel otf
other otherinfo others othersecret otherwise othiym otlp otrishko ots otte otto ottosen otype ought our ours
ourselves out outb outbound outbuf outcome outd outdated outdir outer outermost outfile outfiles outform outgoing
outl outlen outline outlined outlist outlook outname outproc output outputfile outputs outputted outputting outqueue
outsb outside outsl outstanding outsw outw ouyang over overall overcome overcommit overflow overflows overhead
overheads overlap overlapped overlapping overlaps overlay overlayfs overlays overlimits overline overload overloaded
overloading overloads overlong overly overmeer overridable overridden override overrides overriding overrun overruns
overview overwrite overwrites overwriting overwritten ovr owasp owen owens owl own owned owner owners ownership
ownertrust owning owns pablo pacific pack package packaged packagedata packagedir packagejson packagekit packagename
packager packagers packages packaging packard packed packet packets packfile packfiles packing packrat packs pad
padded padding page paged pager pagers pages pagesize pagination paging paid paint painted painting pair paired
pairing pairs pairwise palette palindrome pam pan pandoc pane panel panes pango panic paolo pap paper papers
papertrail papirovski par para paragraph paragraphs parallel parallelism param parameter parameterize parameters
parametric paramgen params paranoid parcel pardir pardus paren parens parent parentheses parenthesis parenthesize
parents parenturl pareto paris parity park parker parkway parliament parlin parm parms parsable parse parsed
parsedate parsefile parseopt parser parsers parses parseurl parsing part partial partially partials participant
participants participate particular particularly parties partition partitioned partitioning partitions partly partner
partners partnership parts party partys pas pascal pasha pasky pass passed passes passin passing passive passno
passout passphrase passphrases passthrough passwd password passwords past paste pasted pasv pat patch patched patches
patching patel patent patents path pathconf pathlen pathlib pathname pathnames paths pathsep pathspec pathspecs
patience patrick patt pattern patterns paul pause paused pauses pausing pavel pavol pax pay paying payload payloads
payment payoff pays pbe pbits pca pcache pcdata pchar pci pciconfig pclose pcre pcreateerror pcrphase pcsi pdbutil
pdict pdparam pdqsort peak pechkurov pedantic peder pedit pedro peek peekable peer peered peering peerings peername
peers peg pehrson peled pem pen penalty pencolor pending pennington pensize pentium people pep pepper peps per
perceived percent percentage percentages percentile pere perf perfect perfectly perfmonctl perforce perform
performance performances performant performed performer performing performs perhaps perimeter perimeters period
periodic periodically periods perky perl perldoc perlfaq perm permalink permanent permanently permissible permission
permissions permissive permit permits permitted permitting perms permutation permutations permute perpetual perrno
perror perry persch persian persist persisted persistence persistent persistently persists person personal
personality persons perspective pertain pertaining peslyak pet peter peterolson peters petersen peterson petr
petrisor petrov petter pez pfe pfifo pformat pgbench pgcrypto pgen pgid pglob pgo pgpass pgrep pgscan pgsteal phase
phased phases phi phil philip philipp philippe phillip phnum phoenix phone phonetic phonogram phonograms phony photo
photographic photos phrase phrases phys physical physically pic pick pickaxe picked picker picking pickle pickled
pickler pickling picks picomatch pict picture pictures pid pidfd pidfile pids pidst pidusage pidwait pie piece pieces
piecewise pierangelo pierre pietro pig pike pilgrim pillarjs pim pin pinca pinentry pinfo ping pings pink pinned
pinning pino pinojs pion piotr piotrowicz pip pipe piped pipefd pipeline pipelines pipes piping pipping pis pitch
pitr pitt pivot pix pixbuf pixel pixels pixmap pixmaps pjson pkey pkeyopt pkeyparam pkeys pkeyutl pkgconf pkgdata
pkgname pkgutil pki pkill pkix pkwy place placed placeholder placeholders placement places placing plain plainly
plaintext plan planar plane planella planes planned planner planning plans plat platbase platform platformdirs
platforms platlib platlibdir play player playground playing playwright please plen plesciuc plexus plink plist plot
plug pluggable plugged plugin plugins plumb plumbing plural plus plymouth pmap pmaplist pmatch pmu pname pnglibconf
pngtest pobox pocket pod podlators pods poe poettering point pointed pointee pointer pointers pointing pointless
pointlike points poisson poke pol polar pole police policer policies policy policykit polish polished polkit poll
poller pollfd polling polls pollution polly polukhin poly polyakov polyfill polyfills polygamma polygon polygons
polymorphic polymorphism polynomial pom pong ponnan ponyfill pooja pool pooled pooling pools poor poorly pop popen
popitem popleft popped popping pops popular populate populated populates populating population popup porcelain port
portability portable portably portal ported porter porters porting portion portions portmap portp ports portugol
portuguese pos position positional positionals positioned positioning positions positive positives posix posixpath
posn possessive possibility possible possibly post postal postargs postcss posted postfix postgres postgresql posting
postinst postject postmessage postmortem postorder postrm posts postscript posture postures pot potential potentially
pound pouting pow powell power powered powerful poweroff powerpc powers powershell powm ppa ppdname ppdnamelist ppid
ppoll pprint ppu practicable practical practically practice practices pragma pranshu pre pread preadv preallocated
preamble preargs prebuild prebuildify prebuilt prec precede preceded precedence precedes preceding precise precisely
precision precompile precompiled precomputed precondition preconfig preconv pred predates predecessor predecessors
predef predefined predicate predicates predict predictable predicted prediction predictive preempt preempted
preemptible preemption preexisting pref preface prefer preferable preferably preference preferences preferred prefers
prefetch prefinish prefix prefixed prefixes prefixing prefixlen preflight preformatted prefs preg preimage preinst
prejudicial preliminary preload preloaded preloc prem premature prematurely premises premium preopens preorder prep
prepackaged preparation prepare prepared preparer prepares preparing prepend prependdir prepended prepending prepends
preproc preprocess preprocessed preprocessor prerelease prereleases prerequisite prerm pres prescribes presence
present presentation presente presented presenting presently presents preservation preserve preserved preserves
preserving preset presets press pressed pressing pressure presto presumably presumed pretend prettier pretty prev
prevailing prevent prevented preventing prevention prevents preview previews previous previously price pricing prim
primarily primary prime primer primes primitive primitives primordial primordials prince principal principals
principle principles print printable printables printed printer printers printf printing printk println prints prio
priomap prior priorities prioritize priority prism priv privacy private privateca privatekey privately privilege
privileged privileges privkey privs prlimit pro proactive proactively proactor prob probability probable probably
probe probed prober probers probes probing problem problematic problems proc procedural procedure procedures proceed
proceeding proceedings proceeds process processed processenv processes processing processor processors processstdin
procfs procname procnum procps procs procurement prod prodgroup produce produced producer producers produces
producing product productdir production products prof profanity profdata professor profil profile profiled profiler
profiles profiling profit profits prog progname prognum progr program programmable programmatic programmer
programmers programming programs progress progressive progvers prohibit prohibited prohibits proj project projected
projection projections projectroot projects prolog prologue prometheus prominent promise promises promisified
promisify promisor promote promoted promotes promotion promotional prompt prompted prompting prompts prone pronoun
pronouns proof prop propagate propagated propagating propagation propagator propagators proper properly properties
property proportion proportional proposal propose proposed propq propquery proprietary props prospective prot prota
protect protected protecting protection protections protector protects proto protobuf protobufjs protoc protocol
protocols protoent protos prototype prototypes provable provctx prove provenance provide provided provider
providerarg providers provides providing provision provisioned provisioning provisions provos proxied proxies proxy
proxyaddr proxyd proxyhost prune pruned pruning prus pryzby przemyslaw psaux pselect pseudo pseudonym pseudorandom
pshared psi psiginfo psignal psmisc pspell pstore pstree ptext pthread pthreads ptime pton ptrace ptrcheck ptrdiff
ptree ptsname ptwrite pty ptype ptys pub pubblico pubdate pubid pubin pubkey public publication publications publicca
publicdomain publicity publickey publicly publish published publisher publishes publishing pubnames pubring pubs
pubsub pubtypes puigdemont pull pulldom pulled pulling pulls pulse pulseaudio pummel pump punathil punc punct
punctuation punycode punycodeucs pup purdue pure purelib purely purge purged purple purpose purposefully purposes
pursuant pus push pushback pushd pushed pushes pushing pushstate put putc putchar putcmd putenv putheader putmsg putp
putpmsg putpwent puts putspent putting pututline pututxline putw putwc putwchar putws pvalloc pvy pwait pwent pwrite
pwritev pyc pycache pycall pycompile pyconfig pyd pydoc pygettext pygmentize pygments pygobject pygram pyjwt pylcall
pymalloc pymodules pyo pyobject pyopenssl pypa pyparsing pypi pypirc pyproject pypy pyspark pythagoras python pythonw
pytree pytype pyver pyversion pyw pyx qbits qbytes qdisc qdiscs qecvt qid qin qingyu qiu qix qmail qname qnames qop
qsize qsort qua quad quadratic quadrature qualified qualifier qualifiers qualify quality qualname quan quanta
quantifier quantile quantities quantity quantize quantum quarter quat quaternion que queriable queried queries query
querydomain querying querystring question questionable questions queue queued queueing queues queuing quic quick
quickbook quicker quickly quickref quickstart quictls quiet quietly quilt quinlan quintic quirks quit quite quitting
quo quopri quorum quot quota quotacheck quotas quotation quote quotechar quoted quotes quotient quoting quux qux
qwerty rabin rabson race races racy rad radd raddr rade radian radians radio radius radix rafael ragel ragged
raghavendra rahul rai railroad railsys rainbow raise raised raiseit raises raising raisinten rajesh rajlich ralf ram
ramdisk ramey ran rand randbelow randers randint random randomize randomized randomly randomness randrange range
ranges ranging ranjan rank ranked ranlib ranlux raphael rapid rapidly rapidxml rar rare rarely rargs ras rasterizer
rat rate rates rather rating ratio rational rationale ratios ravn raw rawdata rawhide rawline rawmemchr rawq rax ray
raymond raz rbac rbtree rbuf rbytes rcfile rcpttos rdev rdi rdma rdquo reach reachability reachable reached reaches
reaching react reactive reactor read readability readable readahead readbuffer readdir readelf reader readers readfds
readfile readily readiness reading readinto readit readline readlines readlink readlinkat readme readobj readonly
reads readsize readstream readtags readthedocs readv readwrite ready real reality realize realized realloc
reallocarray reallocated really realm realms realname realpath realpos realtime reap reapply rearrange rearranged
reason reasonable reasonably reasons reattach reauth rebalance rebalancing rebase rebased rebasing rebecca rebind
rebinding reboot rebooted reboots rebuild rebuilding rebuilds rebuilt rec recaptcha recast receipt receive received
receiver receivers receives receivewal receiving recent recently reception recipe recipes recipient recipients
reciprocal recitations reclaim reclaimed reclen recno recode recognised recognition recognize recognized recognizer
recognizers recognizes recognizing recommend recommended recommender recommending recommends recompile recompiled
recompute reconcile reconfigure reconnect reconstruct record recorded recording recordings records recosize recover
recoverable recovered recovering recovery recreate recreated recreating recreation rect rectangle rectangles rects
recur recurrence recurring recurse recursion recursive recursively recv recvfrom recvmmsg recvmsg recvsize recvsz
recwarn recycled reczey red redact redacted redaction redeclared redefine redefined redefinition redeploy redhat
redirect redirected redirecting redirection redirections redirects redis redist redistribute redmond redo redraw
reduce reduced reducefunc reduces reducing reduction redundancy redundant redwood reece reed reencrypt reentrant
reese reexport ref refactor refactored refactoring refael refcnt refcount refer reference referenced references
referencing referential referer referral referred referrer referrers referring refers refine refinements reflect
reflected reflecting reflection reflects reflink refloat reflog reflogs refmanual refname reformat reformed refresh
refreshed refreshes refs refsect refspec refspecs reftable refuse refused refuses refusing reg regard regarded
regarding regardless regards regcomp regen regenerate regenerated regents regerror regex regexec regexes regexp
regfree regime region regional regions register registered registering registerrpc registers registrant registrar
registration registries registry registryd regmatch regoff regr regress regression regressions regrtest regs regtest
regular regularly regulated regulation regulations rehash reilly reimage reinholdtsen reinit reinitialize reinstall
reinstates reinterpret reis reiserfs reiss reject rejected rejecting rejection rejections rejects rejoin rel relate
related relatime relating relation relational relations relationship relative relatively relax relaxation relaxed
relay release released releaselevel releaser releasers releases releasing relevance relevant reliability reliable
reliably relied relief relies relinquish reload reloaded reloading reloc relocatable relocate relocated relocation
relocations relocs relpath rely relying rem remain remainder remainderf remainderl remained remaining remains remap
remapping remark remarks remediation remedies remedy remember remembered remembers remind reminder remnant remote
remotely remotes remount removable removal removals remove removed removes removexattr removing remquo remy ren
rename renameat renamed renames renaming render renderable renderables rendered renderer rendering renders rene
renegade renegotiate renew renewal renice reno renormalize reopen reopening reorder reordered reordering reorganize
rep repack repacked repacking repair repairs repart repeat repeatable repeated repeatedly repeater repeating repeats
repetition repetitions repetitive repl replace replaceable replaced replacement replacements replacer replaces
replacing replay replica replicas replicate replicated replicating replication replications replies replserver reply
replymsg replyto repo report reported reportedly reporter reporters reporthook reporting reports repos reposition
repositioned repositories repository repr represent represented representer representing represents reprlib reproduce
reproduced reproducible reproducing reproduction reputation req reqd reqs reqts request requested requester
requesting requestor requests requeues require required requireid requirement requirements requires requiring
requisite requote reraise reread rerere rerun rerunning res rescale rescan reschedule rescue research reseed
reseeding resemble resembles resends resenje resent reservation reservations reserve reserved reserves reserving
reservoir reset resets resetting reside residency resident resides residing resign resilience resilient resistance
resize resized resizemode resizes resizing resname resolution resolutions resolv resolvable resolve resolved
resolvelib resolver resolvers resolves resolving resort resource resources resp respect respected respecting
respective respectively respects respond responded responder responding responds response responses responsible
responsive rest restart restarted restarting restarts restful restify reston restoration restore restored restores
restoring restrict restricted restricting restriction restrictions restrictive restricts restype result resultant
resulted resulting resultproc results resumable resume resumed resumes resuming resumption ret retain retained
retaining retains retcode retention rethrow retire retired retreat retriable retried retries retrieval retrieve
retrieved retrieves retrieving retry retrying return returncode returned returning returns retval reusable reuse
reused reuses reusing rev revalidate revalidated reveal revealed revents reverse reversed reverses reversible revert
reverted reverting reverts review reviewed reviewing reviews revise revised revision revisions revisit revisited
revocation revoke revoked revokes revoking revs rewind rewinddir rewinds reword rework rewrite rewrites rewriting
rewritten rewrote rex rexec rexpr rexx rfer rfile rfind rfkill rgba rhash rhel rho rhost rhosts rhys ric ricardo rice
rich richard richardlau richter rick rickard rickyes rico rid ride ridge riemann right rightmost rights rik rim
rimraf rindex rinfo ring rings rint rintf rintl ripemd riscv rises risk risks rit rivera riverland rli rlim rlimit
rlogin rmat rmdir rmem rmi rmtcall rmtree rmul rny roadmap roaming rob robbins robert roberto roberts robin robinson
robo roboconf robot robotparser robots robust robustness rocky rod rodriguez roeckx roelofs roessler roff roger
rogers rogue roland role roles rolf roll rollback rolldown rolled rolling rollout rollouts rollover rollup rom romain
roman romanian ron ronald rongjian ronkorving room root rootdir rooted rootfs rootless rootp roots roozbeh ror rose
rosenbrock rosetta ross rossum rot rotate rotated rotating rotation roth rough roughly roumen round rounded rounding
rounds routable route routed router routers routes routine routines routing row rows rowspan rox roy royal royalties
royalty rozental rpar rpartition rpath rpaths rpcbind rpcent rpcgen rpcinfo rpcprog rpcsec rpcvers rpmbuild rpmfind
rpo rqy rra rrdata rrdatas rresvport rrtype rsa rsakey rsautl rset rshift rsplit rsquo rstar rstrip rsub rsync
rsyncable rta rtime rtmon rtnetlink rtree rtti rtype rubanau ruben rubini rubout ruby ruid rule rules ruleset run
runa runctx runge runkit runlevel runnable runner runners running runpy runs runtest runtime runtimes rusage ruser
ruserok ruslan russ russell russian rust rusty rutgers ruy ruyadorno rvagg rvalue rvi rwlock rwlockattr ryan ryans
ryu ryuhei saas sac safari safe safely safename safer safety sahran said sajip sake sakthipriyan sale sales
salesforce salsa salt salvatore sam samba same samefile sami saml samlp samp sample sampled sampler samplers samples
sampling sampo sampson sampwidth samsung samuel san sanchez sandbox sandboxing sandeen sandmann sane sangwook sanin
sanitization sanitize sanitized sanitizer sanity sans sansserif santa santiago santoni santos sap sapics sarathy sas
sasidharan sasl saslauthd sass sat satellite satisfied satisfies satisfy satisfying satish saucelabs savannah save
saved savelist savepoint saveptr saver saves savi saving savings saw sax saxon saxophone say saying says sbar sbin
sbom sburke scala scalability scalable scalar scalars scalb scalbf scalbln scalblnf scalblnl scalbn scalbnf scalbnl
scale scaled scaler scales scaling scaml scan scancode scandinavian scandir scandirat scanf scanline scanned scanner
scanning scans scatter scdaemon scenario scenarios schaeling schaik schalnat schannel sched schedule scheduled
scheduler schedulers schedules scheduling schedutils schema schemas scheme schemes schindelin schlueter schmidt
schoepflin schonning school schulhof schulze schwab schwarz schwern schwinger sci science sciences scientific scilab
scissors sco scope scoped scopes scoping score scorecard scott scrap scratch scratches scream screen screenful
screens screensaver screenshot script scripted scriptfile scriptics scriptin scripting scriptout scripts scroll
scrollbar scrolled scrolling scrollkeeper scrub scrypt scsi sda sdcard sdiff sdist sdkdir sea seal sealed sealing
seals sean search searchable searched searches searching seat seats sebastian sebastien sec secadv seccomp second
secondary seconds secp secrecy secret secretkey secrets secs sect section sectioned sections sectname sector sectors
secure securebits securely securetty securing security sed see seed seeded seeding seeds seedval seefeld seeing seek
seekable seekdir seeking seeks seem seemingly seems seen seenlist seenset sees seg segfault segfaulted segfaults
segment segmentation segmented segments seh seiwald sel select selectable selected selecting selection selections
selective selectively selector selectors selects self selftests selinux sell sem semadj semantic semantically
semantics semaphore semaphores semashev semconv semctl semget semi semicolon semicolons semid semlock semop
semtimedop semval semver sen send sendall sendcmd sendemail sender senders sendfile sendhandle sending sendmail
sendmmsg sendmsg sendnow sendreply sends sendsize sendsz sendto senkpiel sense sensible sensing sensitive sensitivity
sent sentence sentences sentiment sentinel sentinels sentry sep separable separate separated separately separates
separating separation separator separators seps sept september seq sequelize sequence sequenced sequencer sequences
sequencing sequential sequentially serbian serdes sergey serial serializable serialize serialized serializer
serializers serializes serializing series serif serious seriously serpent serv serve served servent server serverhttp
serverless serverlisten servername servers serves service serviceable serviced services serviceusage serviceuser
servicing serving ses sess session sessions set setaffinity setaliasent setarch setattr setblocking setbuf setbuffer
setcontext setdefault setegid setenv seteuid setfsent setfsgid setfsuid setgid setgrent setgroups setguardsize seth
sethostent sethostid sethostname setitem setitimer setjmp setkey setlinebuf setlocale setmntent setmode setname
setnetent setnetgrent setns setparam setparity setpgid setpgrp setpos setpriority setprotoent setpwent setpwnam
setregid setresgid setresuid setreuid setrlimit setrobust setrpcent sets setschedprio setscheduler setscope setsecret
setserial setservent setsid setsigmask setsize setsockopt setspent setstack setstacksize setstate settable setter
setters settime settimeofday settimeout setting settings settle settled settrace setuid setup setups setuptools
setutent setutxent setvbuf setwidth setxattr setyo sev seven several severe severed severities severity sevp seward
sexp sfinae sgetspent sgi sha shade shader shading shadow shadowed shah shake shaking shaleh shall shallow shannon
shape shaped shaper shapes shaping shapley sharable shard shards share shareable shared shares sharif sharing sharma
sharp sharpone shaun shaw shawn she shearfactor shebang sheer sheet sheikh shelf shell shelley shells shex shi
shielded shielding shields shift shifted shifts shigeki shik shim shima shims shinythings ship shipped shipping ships
shlex shlib shlibdeps shlibs shmaddr shmat shmem shmget shmid shminfo shmseg shobhit shopt shores short shortcmd
shortcomings shortcut shortcuts shorten shortened shorter shortest shorthand shorthands shortlog shortly shortname
shot should shouldn show showed showing shown shows showsign showwarning shrink shrinking shubham shuffle shut
shutdown shutil shuts shutting sia sibling siblings sic sid siddall side sideband sidebar sides sidorares siek sieve
sievers sig sigabbrev sigaction sigaddset sigalgs sigaltstack sigandset sigblock sigdelset sigdescr sigemptyset sigev
sigevent sigfillset siggetmask sighandler sighold sigignore siginfo sigint sigismember siglen siglist siglongjmp
sigma sigmask sign signal signaled signalfd signaling signalled signals signatory signature signatures signbit signed
signer signers signgam significance significand significant signifies signify signifying signing signo signoff signp
signs signum sigorset sigpause sigpending sigprocmask sigqueue sigqueueinfo sigrelse sigreturn sigs sigset sigsetjmp
sigsetmask sigsetops sigsetsize sigspec sigsuspend sigtimedwait sigval sigvec sigwait sigwaitinfo sil silence silent
silently silicon silk silly silva silverwind sim simd simdjson simdutf similar similarity similarly simo simon simons
simos simpara simple simplefilter simplejson simpler simplest simplicity simplified simplifies simplify simplifying
simply simulate simulated simulates simulating simulation simulator simultaneous sin sinc since sincos sindre
sindresorhus sine singers singh single singleton singly singular sinh sink sinks sint sio sip siphash sit site
sitedir sitem sites situation situations siv sival six sixteen siz size sized sizeof sizep sizes sizesize sizing
sjoerd skaffold skel skeleton skelfile skew skewness ski skia skill skin skip skipkeys skipped skipper skipping
skiprecord skips skokan skolelinux skomski skylines skynet sla slab slabinfo slack slackware slant slapd slapi slapo
slash slashes slated slave slaves sleep sleeping sleeps slept sles slex slice sliced slices slicing slider sliding
slight slightly slim slist slisthead slope sloppy slot slots slow slowbuffer slowdown slower slowest slowly slows
slug slur slurp small smaller smallest smallint smalloc smalltalk smaps smart smartcard smarty smime smith smoke
smoorenburg smooth smoothing smudge smuggling snake snap snapshot snapshots snat snell sni sniff snip snippet
snippets snips snooping snooze snoozes snowball snprintf snyk soak soaking soap soc social society sock sockaddr
socket socketpair sockets socketunref sockfd socklen sockp socks socktype sodium soft softcatala software sokolov
solar solaris sold sole solely solenikov solicit solid solution solutions solve solves somalloc somaxconn some
somebody somedomain somehow someone something sometime sometimes somewhat somewhere soname song sonia sonic sony soon
sop sops sorhus sorry sort sorted sorter sorting sorts sosnowski souflis sought sound soundpos sounds source
sourcecode sourced sourceend sourcefile sourceforge sourcelist sourcemap sourcemaps sourceparts sourcerepo sources
sourceslist sourcestart sourceware south southeast southern soyuka spa space spaces spacing spam span spanish spanner
spanning spans sparc spare spark sparse spatch spawn spawnattr spawned spawning spawnp spawns spbuf spbufp spdy speak
speaker speakers speaking speaks spec special specialize specialized specially specific specifically specifics
specified specifier specifiers specifies specify specifying specs speculation speculative speech speed speeding
speeds speedup spell spellcheck spellchecker spelled spelling spellings spencer spend spent sperrno sperror sphere
spherical spheroid sphinx spi spike spikes spin spinlock spinner spirit spitfire spkac spki splash splat splay splice
spline split splitdrive splitext splithost splitlines splits splitter splitting splittype splituser spnego spoke
spoken spokes sponsor sponsored sponsors sponsorship spoofing spool sport spot spread spreading spreads spreadsort
spring sprintf spu spurious spy sqli sqlite sqlserver sqlservice sqlstring square squared squares squash squashed
squashing squeeze squelch squelched squid squish squote srand srandom srange srcdir srcentry srcfile srcset srcy sre
srec sri srivasta srivastava sscanf sse ssi ssize sslcontext sslmode sslobj sso ssse sstream stab stability stabilize
stabilized stable stabs stack stackaddr stackdriver stacked stacking stackless stacklevel stacks stacksize stacktrace
stacktraces staff stage staged stages staging stailhead stailq stale stall stalled stallman stamp stamping stamps
stan stand standalone standard standardize standardized standardjs standardlssd standards standby standing standout
stands stanford stanza stanzas stapelberg star starmap starred stars start started starter starting starts startswith
starttag starttls startup startupinfo stash stashed stat stata statbuf state statebuf statechart stated statefile
stateful stateless statement statements statep states stateset statestack statetokens statfs static statically
staticmethod statics stating statistic statistical statistics statm statp stats status statuscode statuses statute
statutory statvfs statx stay stayopen stays stdarg stdcall stddef stddev stderr stdin stdint stdio stdlib stdout
steal stealing stedolan steering stef stefan stefano steffen steiner stem stemmer stenberg stencil step stephan
stephane stephen stepper stepping steps stereo steve steven stevens steward stewards stewart stichele stichting stick
sticky stieltjes still stime stlport stochastic stock stockholm stoebich stoer stojanovic stolen stone stooge stop
stoppage stopped stopping stops storable storage store stored storepass stores storetype storeutl stories storing
story stpcpy stpncpy strace straight strand strange strategic strategies strategy stray strbuf strcasecmp strcasestr
strcat strchrnul strcoll strcpy strdup strdupa stream streambuf streamduplex streamed streaming streamline
streamlined streamreader streams streamwriter streebog street strength strerror strerrordesc strerrorname stress
stretch strfmon strfromd strfromf strfroml strftime strict stricter strictly stride strided strider strike string
stringescape stringified stringify stringize stringnl strings stringtable strip stripdir stripe striped stripped
stripping strips strlcpy strlen strncasecmp strncat strncpy strndup strndupa strnlen strnum stroke strong stronger
strongly strptime strsep strsignal strtobool strtod strtoimax strtok strtol strtold strtoll strtoul strtoull struct
structm structp structs structural structure structured structures struktur strverscmp stty stuart stub stubs stuck
student students studio studios study stuff stupid style styled styledef styles stylesheet stylesheets styling
stylistic stylize stype sub subaccounts subarray subclass subclassed subclasses subclasshook subclassing subcmd
subcode subcolumns subcommand subcommands subdir subdirectory subdirs subdivi subflow subgid subgraph subgroup
subheading subitem subj subject subjects subkey subkeys sublicense submenu submission submit submitted submitting
submodule submodules subnet subnets subnetwork subnetworks subnode subnormal suboptimal suboption subordinate
subordinates subpackages subpart subparts subpath subpaths subpattern subpatterns subprocess subprocesses subproj
subproject subprojects subresource subroutine subroutines subrule subs subscribe subscribed subscriber subscribers
subscribing subscript subscripted subscription subscripts subsection subsections subsequence subsequences subsequent
subsequently subset subsets subsetting subshell subsidiary subst substack substantial substitute substituted
substitutes substituting substitution substr substring substrings substvars subsystem subsystems subtest subtests
subtitle subtle subtlecrypto subtract subtracted subtraction subtracts subtree subtrees subtype subtypes subtyping
subuid subvalues subversion subvolume subwindow succ succeed succeeded succeeds success successful successfully
successive successively successor successors such sud sudo suf suffer suffice sufficed suffices sufficient
sufficiently suffix suffixed suffixes sugar suggest suggested suggestion suggestions suggests sui suicide suid suit
suitability suitable suitably suite suited suites sum summaries summarize summarized summarizes summarizing summary
summer sums sun sunday sunos sup super superblock superblocks superceded supercedes superclass superclasses
superfluous superproject superscript superscripts supersede superseded supersedes superseeds superset superuser
superusers supervised supervisor supp supplements supplied supplies supply supplying support supported supporting
supports suppose supposed suppress suppressed suppresses suppressing suppression suppressions sur sure surface surge
surname surprise surprising surrey surrogate surrogates surround surrounded surrounding survey surveys survive
survivor susceptible suse suseconds suspect suspend suspended suspending suspends suspension svalente svcerr svcraw
svcudp sve sven svy swagger swallowed swap swapcontext swapoff swapon swapped swapping swaps sweden swedish swift
swig swing switch switched switches switching switchover swizzle swoole swpat swprintf sxa sylvain sym symantec symas
symbol symbolic symbolically symbolicid symbolizer symbolname symbols symlink symlinkat symlinked symlinks symmetric
symplectic symref syms symspec symver syn sync synced syncer syncfs synched synchronize synchronized synchronous
syncing synonym synonymous synonymously synonyms synopsis syntactic syntax syntaxes synthesis synthesize synthesized
synthetic sys syscall syscalls sysconf sysconfig sysctl sysctls sysdeps sysexits sysext sysfs sysid sysinfo sysinit
syslog syslogd sysmacros syspath sysread sysroot sysrq system systemctl systemd systemerr systems systemwide sysusers
sysv sysvgroups sysvipc syswrap szmek tab tabindex table tables tablespace tablespaces tablets tabs tabsize tabstop
tabular tabulate tag tagfile tagged tagger tagging tagkey tagname tags tagset tagsfile tai tail tailhead tailor
tailored tailq taint tainted taints takahashi take taken takes takewhile taking tal talk talking talks tally tam
tamil tampering tan tangent tango tanh tap tape tar tarball tarballs tarfile targ targa target targeted targeting
targetpath targetptr targets targetstart targos tarinfo tars task taskqueue tasks taskset tatu tau taught taxonomies
taxonomy taylor taymans tblgen tbody tcattr tcdrain tcflag tcflow tcflush tcgetattr tcgetpgrp tcmalloc tcsendbreak
tcsetattr tcsetpgrp tde tdef tdelete tdestroy tea teach teal team teams tear teardown tech technical technically
technique techniques technologies technology ted teddy tedious tee tekniska tektronix tel telco telegraph telemetry
telephone tell telldir telling tellnes tells telnet tem temp tempdir temperature tempfile templ template templated
templates templating temple tempnam tempname temporal temporality temporarily temporary ten tenacity tenancy tenant
tenants tend tends tensor tensorboard tensorboards tensorflow tenstral tentative tenths terabyte terabytes term
termcap termdef terminal terminals terminate terminated terminates terminating termination terminations terminator
terminators terminfo termini terminology termios termref terms ternary terraform territories territory terse tesla
test testable testcase testcluster testcontext testdate testdb testdir tested tester testers testfile testfiles
testgreg testimages testing testlexers testlocal testmod testname testproject tests testsstream testsuite testtime
testuser testwave tetralet tex texas texi texinfo text textarea textbox textconv textdecoder textdomain texts textual
texture textwidth textwrap tfind tformat tfpocch tgamma tge tgid tgkill thai than thank thanks that the thead
theaimsgroup thealphanerd theanarkh thefourtheye their theirs them theme themes themselves then thenable theo
theodore theorem theoretical theory thep theppitak there thereafter thereby therefore therein thereof these theta
they theyear thiago thick thickness thierry thijs thin thing things think thinking thinks third thirdparty thirty
this thisarg thomas thompson thorough thorsten those though thought thousand thousands thread threaded threading
threadpool threads threadsafe threat three thresh threshold thresholds threw thrift throttle throttled throttling
through throughout throughput throw throwing thrown throws thru thrust thu thumb thumbnail thunderbird thus thyrsus
tian tic tick ticket tickets ticks tid tidelift tidy tie tied tier tiered tiering tierney tiers ties tiff tighten
tightened tightly til tilde tile tiled till tilt tim time timebase timed timedate timedated timedelta timedreceive
timedsend timedwait timeframe timegm timeline timely timens timeout timeouts timep timer timeradd timercmp timerfd
timerid timerify timerisset timers times timescale timespan timespec timestamp timestamps timesyncd timetuple timeval
timex timezone timezones timing timings timo timothy timrwood tin tinfo tiny tinybench tinylibs tinyness tio tion tip
tipc tips tirpc tis title titlepage titleref titles tium tkill tkinter tla tlsdefault tlsext tlslite tlsserver
tlssocket tlstlssocket tmac tmo tmpdir tmpfile tmpfiles tmploc tmpnam tmux toascii toast tobias tobytes toc toctree
todata today todd todo together toggle toggled toggles toh tojson tok tokdict token tokendefs tokeniser tokenization
tokenize tokenized tokenizer tokenlist tokens tokensource tokentype toklist toks told tolerance tolerant tolerate
tolerated toleration tolerations tolines tolist tolower tom tomas tomasz toml tommath tompkins ton tone tony too took
tool toolbar toolbox toolchain toolchains tooling toolkit tools toolset tooltip toom toon toordinal top topdown topfd
topic topics toplevel topmost topo topological topologies topology toposort tor torek torn torsten tort torvalds tos
tostring tostringtag tot total totally totals touch touched touches touching toupper tout toward towards towlower
towupper tox toy tpi tpu tpus tput trac trace traceable traceback tracebacks traced tracee traceline tracemalloc
tracepoint tracer traces tracing track tracked tracker tracking tracks trade trademark trademarks trader traditional
traffic trailer trailers trailing train trainer training trait traits trampoline tran trans transaction transactions
transcode transcoder transcribe transcript transcripts transfer transferable transferee transferlist transferred
transferring transfers transform transformed transformer transforming transforms transhuge transient transit
transition transitional transitions transitive transitively transitory translate translated translates translating
translation translations translator translators transmission transmit transmits transmitted transmitting transp
transparency transparent transport transports transpose tranter trap trapezoidal trapped traps trash travel
traversable traversal traversals traverse traversed traverses traversing travis treap treat treated treating
treatment treats treaty tree trees trent trevor tri triage triager triagers trial trials triangle triangular tribool
trick tricks tricky tridgell tried tries trig trigamma trigger triggered triggerer triggering triggers trim trimmed
trino trip triple triples triplet triplett trips tristan tristian trivial trivially trivikram trmac troff troll
tromey trott trouble troubles troubleshoot trough trove troy troyer tru true truecolor truediv truly trunc truncate
truncated truncates truncating truncation trunk trust trusted trustedparts trustees trusting trusts truststore truta
truth truthy try trying trylock tsa tsconfig tsearch tset tsi tslib tspan tstate ttest ttext tti ttinfo tty ttyent
ttyname ttype ttys tube tue tui tukaani tun tunables tune tuned tungsten tuning tunnel tunneled tunneling tunnels tup
tuple tupled tuples tuplet turbo turbojpeg turkanis turkish turn turned turner turning turns turtle turtles tut
tutorial tutorials tuxcall tva tvars twalk tweak tweaked tweaks twelve twenty twice twig twitter two twofish tye
tyler tym tyni typ type typecode typed typedarray typedarrays typeddict typedef typedefs typeerror typeface typeflag
typeid typeinfo typeis typemap typename typeof typer typeref types typescript typeset typesetting typetype typical
typically typing typings typo typofix typofixes typos tytso tzdata tzfile tzinfo tzname tzpath tzset tzu uaa uaab
uaaf uab uaddr uapi ublas ubuf ubufp ubuntu ucaip ucal ucase ucf ucfq ucfr uchar ucontext uconv ucp ucs uctx ucu udev
udevadm udevd udiag udp udt uefi uel ueno ufb ufd ufe uff uffd uffdio uffe ufffe uffff ufunc ugly uic uid uids uik
uint uintmax uintptr uio uitest uiuc ujjwal ukj ukm ukrainian ula ulckpwdf ulimit ulink ulises ulist ull ulong ulp
ulrich ultimate ultimately ultra ultrix umac umask umd umich umlaut umn umount una unable unaffected unaligned
unaltered unambiguous uname unary unassign unattended unauthorized unavailable unaware unbalanced unbind unbindable
unblock unblocked unborn unbound unbounded unbreakable unbuffered unc uncaught unchanged unchecked unclear unclosed
uncomment uncommitted uncommon uncompr uncompress uncompressed unconnected uncork und undecoded undef undefine
undefined undelete undeleted undeletes undeploy under underflow underflows undergo underline underlined underlining
underlying underneath underscore underscores understand understands understood undertake undesirable undetected
undici undirected undo undobuffer undocumented undoes undone unencoded unencrypted unenroll unequal unescape
unescaped unevictable unexpected unexpectedly unfinished unflag unfold unfolds unfortunate unfused ungetc ungetwc
ungrab ungrouped unguarded unhandled unhashable unhealthy uni unicast unichr unicode unicodedata unicon unified
uniform uniformly unify uninit uninstall uninstalled uninstalling unintended union unions uniq unique uniqued
uniquely uniqueness unistd unit united units unittest unittests unity univ univariate universal universally
universite university unix unixfrom unknown unknowns unless unlexed unlike unlikely unlimited unlink unlinkat
unlinked unlinking unlisted unload unloaded unlock unlocked unlocking unlockpt unlocks unlogged unm unmaintained
unmanage unmanaged unmap unmapped unmark unmatched unmerged unmetered unmodified unmount unmounted unmounting unnamed
unnecessary unneeded unofficial unordered unotify unp unpack unpacked unpacker unpacking unpaired unparse unparsed
unpatched unpickler unpickling unpipe unpkg unported unprintable unprivileged unprocessed unprotected unqualified
unquote unquoted unraisable unreachable unread unreadable unrealized unrecognized unredirected unref unreferenced
unregister unregistered unregisters unrelated unreliable unreserved unresolved unrestricted unsafe unsampled
unsatisfied unset unsetenv unsets unsetting unshare unshared unshift unsigned unsorted unspecified unstable
unstructured unsubscribe unsuccessful unsuitable unsupported unsure untag untagged unterminated untested until
untouched untracked untrusted unusable unused unusual unverifiable unverified unversioned unw unwanted unwind
unwinding unwise unwrap unwrapped unwrapping unwritten unxz unzip uopz upcase upcoming updatable update updated
updater updates updating updwtmp upgradable upgrade upgradeable upgraded upgrades upgrading uplink upload uploaded
uploading uploadpack uploads upon upper uppercase uppercased ups upsert upstream uptime upward upwards urandom urban
ure urgency urgent uri uring uris url urlencode urlencoded urlfetch urlinput urljoin urllib urlobject urlopen
urlparse urls urlsafe urlsplit urlunparse urlunsplit urn urs ursula usability usable usage usages usb usd use usec
useconds used useful usefulness useless uselocale usenet user useradd userbase userdata userdb userdiff userfaultfd
userguide userhome userid userinfo userinput userland username usernames userns users usersite userspace uses ushort
using usleep usp usr ustar usual usually utc utcoff utcoffset utent utf uthash util utilities utility utilization
utilize utilized utilizes utilizing utils utime utimensat utimes utm utmp utmpname utmpx utree uts utsname utu uuid
uuidgen uuidjs uuidv uvp uvwasi uwe uwinnipeg uziely vaclav vacpp vacuum vadim vadla vae vagg vahid vairamani vakil
val vala valarray valente valgrind valid validate validated validates validating validation validations validator
validators validity valign valkey vallen valloc valpha vals valuable value valued valuefunc valuemask values
valuetype van vander vanzandt var vararg varargs varchar vard variable variablelist variables variadic variance
variant variants variate variation variations varies variety varinfo various varkw varlink varname varnames varray
vars vary varying vasprintf vault vaults vauth vavilov vbox vcbuild vcenter vcnote vcores vcpu vcruntime vcvarsall
vcxproj vdpa vdprintf vdso vec vector vectors veeven veillard veit velocity vendor vendored vendors venture venue
venv ver vera verb verbatim verbose verbosely verbosity verdana verdict verification verified verifier verifies
verify verifybackup verifycn verifying verilog verity veritysetup vernooij verr verror verrx vers versa verschueren
version versionadded versionbadg versioned versioning versionp versions versionsort versnum versus vertex vertical
vertically vertices vertleyb very vesely veth vex vexcl vfat vfork vfprintf vfscanf vfunc vfuncs vfwprintf vger
vhaddps via vic vice vicente victim victor vid vidal video videos vieira vietnamese view viewable viewed viewer
viewing viewport views vim vimdiff viminfo vimrc vin vinay vincent vincenty vinicius vinnie violate violated violates
violation violations vip vipw virginia virt virtual virtualenv virtualized virtually vis viscosity visibility visible
vision visit visitation visited visiting visitor visitors visits visual visualize visualizer visuals visualstudio
vital vite vitest viu vki vladimir vlan vlink vlist vma vmlinux vmmigration vmsplice vmulps vmware vmwareengine vni
vogt vohr voice void voidcmd voidp vol volatile volker vollbeding voltrex volume volumes voluntarily voluntary
volunteers von voronoi voting vprintf vrfy vroff vscanf vscode vse vsemozhetbyt vserver vsnapshot vsnprintf vsprintf
vstring vswprintf vsyslog vtable vti vue vulkan vuln vulnerable vvector vwarn vwarnx vwprintf vxlan vxworks vyc wachi
wadl wadllib waf waflib wagon wais wait waitable waited waiter waiters waitfor waitid waiting waitpid waits
waitstatus waivable waive waived waiver waives wake wakeup wal walk walked walker walking walks wall wallin walsh
walter walters wang want wanted wanting wants wap warchive warehouse warm warn warned warner warning warnings warns
warnx warrant warranties warranty warsaw was wasi wasm wasn waste wasted wat watanabe watch watchdog watched watcher
watchers watches watching watchpoints watcom water waterfall watermark watson waugh wav wave waveidl wavelet wavelets
waw way wayland ways wchar wcrtomb wcslen wctomb wctype wday weak weakauth weaken weaker weakly weakmap weakref
weather web webassembly webbrowser webcrypto webhook webhooks webidl webkit webmirror webpack webserver website
websites websocket webstreams wed week weekday weekdays weekly weeks wei weibull weight weighted weights weijia
weinberg weinberger weird welcome well wellnhofer wellwelwel welte wendel wendling went were weren werner werror
wesley west western wfcnote wfile wformat wget wgetrc what whatchanged whatever whatis whatsoever whatwg wheel
wheeler wheels when whence whenever where whereas whereby wherein wherever whether which whichever while whiley
whilst white whitelist whiteout whitespace whitespaces who whoami whole whom whoops whose whsecret why wiarchive
wichert wid wide widely wider widget widgets width widths wiki wikipedia wild wildcard wildcards wilf wilford wilhelm
will wille willfully william williams williamson willing wilson wim win winapi wincache wind winding windll window
windowed windows wine winerror wing wininst winio winkler winner winreg winrt wins winsock winston winstonjs wint
winter winterm wintypes wipe wire wireless wireshark wise wish wishes wishing with withdraw withdrawn within withnall
without witt wmem wno woarchive woff woken wolfgang woman won wonder wong word wordchars wordexp wording words
wordset wordwrap work workaround workarounds workbench workdir worked worker workerpool workers workflow workflows
workforce working workload workloads works workspace workspaces workstation workstations worktree worktrees world
worldwide worry worse worst worth worthwhile would wouldn wow wpa wprintf wrap wraparound wrapped wrapper wrappers
wrapping wraps wrapstring writable writablecork write writeable writeback writechunk writefds writeit writelines
writeln writer writerand writers writes writestr writestream writev writevchunks writing written wrong wrongly wrote
wschar wsgi wsign wstatus wstrict wstring wulkiewicz wunused xaa xab xac xad xae xaf xalloc xarch xargs xattr xattrs
xau xauth xauthority xavier xba xbar xbe xca xce xcode xcoff xcomposite xconfig xconst xctestrun xda xde xdecrypt
xdiff xdigit xdoclint xdrmem xdrobj xdrproc xdrrec xdrstdio xea xeb xec xed xee xef xen xencrypt xerox xfa xfe xfer
xfi xform xftcore xftextent xftglyphs xftrender xgettext xiaogang xid ximian xinclude xiph xlex xlib xlinker xlog
xmalloc xmission xmlbuilder xmlcatalog xmldoc xmldom xmldsig xmlenc xmlrpclib xmlsec xmlsoft xmltoman xmltwig xmodmap
xmu xof xoflen xoo xor xorg xpath xpressive xquery xrai xrandr xrange xref xrefs xreftext xregion xrender xscale
xsession xsi xsltexports xsltlocale xsltproc xsltutils xstat xsubi xtensa xterm xtext xtlang xtmemory xtrans
xtransport xtree xuguang xutil xyz xyzzy xzcat xzgrep xzless xzmore yadong yagiz yahan yahoo yallist yamato yaml yan
yang yank yanked yann yannick yap yargs yarn yarrow yash yat yaz ycm yday year yearly years yei yellow yes yescrypt
yesterday yet yggdrasil yield yielded yielding yields yihong yis ykk ylo ylonen ymd yml ynf ynl yongsheng yoppy york
yorkie yoshiki yosuke you young younger your yours yourself ypdomainname yqu yro yscale ysx ysy yum yuri yuta yuv
yuval yuw yuy yves yws yxview yyy yyyy zach zachary zack zak zalloc zandt zap zasso zbigniew zbyszek zcat zdiff
zealand zebra zeebo zefram zeilenga zend zero zeroed zeroes zeroing zeros zeta zeuthen zfree zgrep zhang zhao zic zig
zinfo zinkovsky zip zipfile zipimport zipimporter zipinfo zipkin zipped zippel zips zlatkovic zlib zmore zod zombie
zombies zonal zone zoneinfo zones zooko zoom zoomed zope zot zoulas zram zucchi zustr zypper
`;
