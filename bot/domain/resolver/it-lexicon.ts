/**
 * The built-in, general IT vocabulary: concept groups of synonymous words, phrases,
 * product names and acronyms. Both matrix rows and questions are expanded into these
 * concepts, so "SentinelOne" finds a row written as "EDR". Nothing here is keyed to a
 * particular matrix's wording.
 *
 * Terms are written plainly; they are normalised and stemmed when compiled, so
 * "printers" also covers "printer"/"printing". Multi-word terms match as phrases,
 * longest first. `implies` adds broader concepts ("wifi" is also "network").
 * A term starting with "~" is ambiguous ("av": antivirus or audio-visual) and counts half.
 */
export interface ConceptGroup {
  readonly id: string;
  readonly terms: readonly string[];
  readonly implies?: readonly string[];
  /**
   * A thing other functions act on (devices, servers, mail, software): in
   * "patch the servers" or "malware on my laptop" it qualifies, the activity decides.
   */
  readonly target?: boolean;
  /** So common in plain English ("training") that alone it says little. */
  readonly broad?: boolean;
  /**
   * Sets the scene rather than naming the topic ("saturday night", "on call"): counts only when the
   * question names nothing else a row has ("who is on call on weekends?").
   */
  readonly scene?: boolean;
}

export const IT_LEXICON: readonly ConceptGroup[] = [
  // ── Service desk and end-user support ──────────────────────────────────────
  {
    id: 'helpdesk',
    terms: [
      'helpdesk', 'help desk', 'service desk', 'servicedesk', 'tier 1', 'tier one', 'tier i', 't1 support',
      'level 1', 'level one', 'l1', 'first line', '1st line', 'first line support', 'frontline support',
      'front line support', 'end user support', 'user support', 'it support ticket', 'helpdesk ticket',
      'support ticket', '~ticket', '~tickets', 'submit a ticket', 'open a ticket', 'log a ticket', 'put in a ticket', 'ticketing', 'ticketing system', 'how to question', 'service request', 'service requests',
    ],
  },
  {
    id: 'escalation-tiers',
    terms: ['tier 2', 'tier 3', 'level 2', 'level 3', 'l2', 'l3', 'second line', 'third line', 'escalation', 'escalations'],
  },
  {
    id: 'password',
    terms: [
      'password', 'passwords', 'passcode', 'password reset', 'reset password', 'forgot password', 'forgotten password',
      'password expired', 'password change', 'locked out', 'lockout', 'lockouts', 'account locked', 'account lockout',
      'unlock', 'unlocks', 'account unlock', 'sspr', 'self service password reset',
    ],
    // Password resets are the classic first-line task.
    implies: ['helpdesk'],
  },
  {
    id: 'mfa',
    terms: [
      'mfa', '2fa', 'two factor', 'two factor authentication', 'multi factor', 'multifactor', 'multi factor authentication',
      'authenticator', 'authenticator app', 'microsoft authenticator', 'duo', 'duo security', 'otp', 'one time code',
      'verification code', 'sign in code', 'mfa codes', 'yubikey', 'security key', 'passkey', 'passkeys',
    ],
    implies: ['identity', 'password'],
  },
  {
    id: 'identity',
    terms: [
      'identity', 'identities', 'iam', 'identity and access', 'access management', 'entra', 'entra id', 'microsoft entra',
      'azure ad', 'azure active directory', 'aad', 'sso', 'single sign on', 'conditional access', 'conditional access policy', 'conditional access policies', 'okta', 'jumpcloud',
      'saml', 'oauth', 'access review', 'access reviews', 'access rights', 'permissions review', 'privileged access', 'pam',
      'sign in', 'sign ins', 'signin', 'login', 'logins', 'log in', 'authentication', 'user permissions',
    ],
  },
  {
    id: 'active-directory',
    terms: [
      'active directory', '~ad', 'on prem ad', 'domain controller', 'domain controllers', '~dc', 'group policy',
      'group policies', 'gpo', 'gpos', 'ldap', 'ad user', 'ad users', 'ad group', 'ad groups', 'domain join',
      'domain joined', 'ad connect', 'entra connect', 'azure ad connect',
    ],
    implies: ['identity'],
  },
  {
    id: 'printers',
    terms: [
      'printer', 'printers', 'printing', 'print', 'prints', 'print job', 'print queue', 'print server', 'toner', 'ink',
      'cartridge', 'paper jam', 'jam', 'jams', 'jammed', 'jamming', 'scanner', 'scanners', 'scan to email', 'scan to folder',
      'copier', 'copiers', 'photocopier', 'mfp', 'mfps', 'multifunction printer', 'multi function printer', 'plotter',
      'label printer', 'label printers', 'zebra printer', 'zebra printers', 'dymo', 'wristband printer', 'xerox', 'ricoh', 'kyocera', 'canon printer', 'hp printer', 'papercut',
    ],
  },
  {
    id: 'operating-system',
    target: true,
    terms: [
      'windows', 'windows 10', 'windows 11', 'win 10', 'win 11', 'win10', 'win11', 'os', 'operating system',
      'operating systems', 'macos', 'mac os', 'linux', 'ubuntu', 'chromeos', 'desktop os',
    ],
  },
  {
    id: 'workstation',
    target: true,
    terms: [
      'workstation', 'workstations', 'laptop', 'laptops', 'desktop', 'desktops', 'pc', 'pcs', 'computer', 'computers',
      'notebook', 'notebooks', 'macbook', 'macbooks', 'mac', 'macs', 'imac', '~surface', 'surface pro', 'thinkpad',
      'latitude', 'elitebook', 'endpoint', 'endpoints', 'end user device', 'end user devices',
      'user device', 'user devices', 'client device', 'client devices', 'my machine', 'work machine', 'windows machine', 'work computer', 'dell', 'lenovo', 'hp', 'hewlett packard', 'asus', 'acer',
    ],
    implies: ['hardware'],
  },
  {
    id: 'hardware',
    terms: [
      'hardware', 'hands on hardware', 'server hardware', 'hardware failure', 'hardware fault', 'hardware issue', '~broken', '~broke', '~damaged',
      'cracked', 'cracked screen', 'smashed', 'wont turn on', 'not turning on', 'doesnt turn on', 'wont power on',
      'no power', 'wont boot', 'not booting', 'doesnt boot', 'dead laptop', 'keyboard', 'keyboards', 'mouse', 'mice',
      'computer monitor', 'external monitor', 'second monitor', 'dual monitors', 'screen', 'screens',
      '~dock', '~docks', 'docking station', 'docking stations', 'peripheral', 'peripherals', 'headset', 'headsets',
      'webcam', 'webcams', 'charger', 'chargers', 'power supply', 'power adapter', 'hard drive', 'ssd', 'ram',
      'battery', 'batteries', 'disk', 'disks', 'failed disk', 'disk failure', 'drive failure', 'raid', 'motherboard', 'fan noise', 'repair', 'repairs', 'repaired', 'replacement', 'replace',
      'replaces', '~spare', 'spares', 'spilled', 'physical damage', 'usb', 'cable', 'cables',
    ],
  },
  {
    id: 'on-site',
    terms: [
      'on site', 'onsite', 'on premises visit', 'in person', 'desk visit', 'desk visits', 'deskside', 'desk side',
      'come out', 'comes out', 'come by', 'comes by', 'come over', '~visit', '~visits', 'site visit', 'site visits',
      'physically', '~physical', 'hands on', '~hands', 'dispatch', 'truck roll', 'field service', 'field tech',
      'field engineer', 'remote hands', 'smart hands', 'walk up', 'tech bar', 'in the office',
    ],
  },
  // ── User lifecycle ─────────────────────────────────────────────────────────
  {
    id: 'onboarding',
    terms: [
      'onboarding', 'onboard', 'onboards', 'on boarding', 'new hire', 'new hires', 'new starter', 'new starters',
      'new employee', 'new employees', 'new user', 'new users', 'new joiner', 'joiner', 'joiners', 'starter', 'starters',
      'starting monday', 'start date', 'first day', 'account creation', 'create account', 'create user', 'user creation', 'new account', 'new accounts', 'provisioning', '~provision', '~provisions', 'account provisioning',
      'user provisioning', 'user setup', 'new colleague', 'new teacher', 'new staff',
      'new starter setup', 'hiring',
    ],
    implies: ['user-lifecycle'],
  },
  {
    id: 'offboarding',
    terms: [
      'offboarding', 'offboard', 'off boarding', 'leaver', 'leavers', '~leaving', '~leaves', 'departing', 'departure',
      'departures', 'departing employee', 'terminated', 'termination', 'terminations', 'terminated employee',
      'terminated user', 'fired', 'let go', 'quit', 'quits', 'resigned', 'resignation', '~exit', '~exits', 'last day',
      'deprovisioning', 'deprovision', 'deprovisions', 'de provision', 'disable account', 'disable user', 'disabled account', 'remove access', 'removes access',
      'access removal', 'revoke access', 'revoking access', 'account removal', 'account deletion', 'retire account',
    ],
    implies: ['user-lifecycle'],
  },
  {
    id: 'user-lifecycle',
    terms: [
      'user lifecycle', 'joiners movers leavers', 'jml', 'mover', 'movers', 'role change', 'changing departments', 'department change',
      'changing roles', '~transfer', '~transfers', 'moves adds changes', 'imac', 'user accounts', 'user account',
    ],
  },
  // ── After hours and incidents ──────────────────────────────────────────────
  {
    id: 'after-hours',
    scene: true,
    terms: [
      'after hours', 'afterhours', 'after hour', 'out of hours', 'outside business hours', 'outside hours', 'off hours',
      'overnight', 'over night', 'night', 'nights', 'nightime', 'late night', 'midnight', 'middle of the night',
      'weekend', 'weekends', 'saturday', 'sunday', 'public holiday', 'bank holiday', 'holiday weekend', 'on call',
      'oncall', 'on call rota', 'pager', 'paged', '24 7', '24x7', 'around the clock', 'evening', 'evenings',
    ],
  },
  {
    id: 'emergency',
    broad: true,
    terms: [
      'emergency', 'emergencies', 'urgent', '~critical', 'outage', 'outages', '~down', 'is down', 'everything is down',
      'went down', 'offline', 'p1', 'priority 1', 'sev 1', 'sev1', 'severity 1', 'major incident', 'crisis', 'asap',
      'not responding', 'crashed', 'crash',
    ],
  },
  {
    id: 'incident-response',
    // With no incident-response row, the SOC / security monitoring row is who handles it.
    implies: ['security-monitoring'],
    terms: [
      'incident response', 'security incident', 'security incidents', 'cyber incident', '~incident', '~incidents',
      'breach', 'breaches', 'breached', 'data breach', 'hacked', 'hack', 'hacker', 'hackers', 'compromise',
      'compromised', 'account compromise', 'compromised account', 'business email compromise', 'bec', 'forensics',
      'forensic', 'ir', 'ir plan', 'cyber attack', 'cyberattack', 'attack', 'attacked', 'intrusion', 'ransomware',
      'ransomware attack', 'containment', 'data leak', '~leaked', 'tabletop exercise', 'suspicious activity', 'suspicious login', 'suspicious sign in', 'unusual sign in', 'risky sign in', 'impossible travel',
    ],
  },
  // ── Security operations ───────────────────────────────────────────────────
  {
    id: 'security-general',
    broad: true,
    terms: ['security', 'cybersecurity', 'cyber security', 'cyber', 'infosec', 'information security', 'it security', 'secure'],
  },
  {
    id: 'security-monitoring',
    terms: [
      'siem', 'soc', 'socs', 'security operations', 'security operations center', 'security operations centre', 'mdr',
      'managed detection', 'managed detection and response', 'xdr', 'security monitoring', 'cybersecurity monitoring',
      'log monitoring', 'log management', 'log review', 'logs', 'security logs', 'audit logs', 'event logs', 'syslog',
      'sentinel', 'microsoft sentinel', 'azure sentinel', 'splunk', 'qradar', 'arctic wolf', 'blumira', 'rapid7 idr',
      'insightidr', 'logrhythm', 'elastic siem', 'sumo logic', 'threat detection', 'threat hunting', 'threat monitoring',
      'security alert', 'security alerts', 'soc alert', 'soc alerts', 'siem alert', 'siem alerts', 'alert triage',
      'correlation', 'security events',
    ],
  },
  {
    id: 'endpoint-protection',
    // EDR alerts are watched by whoever monitors security (MDR/SOC).
    implies: ['security-monitoring'],
    terms: [
      'edr', 'endpoint detection', 'endpoint detection and response', 'endpoint protection', 'endpoint security',
      'antivirus', 'anti virus', '~av', 'malware', 'anti malware', 'antimalware', 'virus', 'viruses', 'trojan', 'worm',
      'spyware', 'infected', 'infection', 'infections', 'ransomware', 'sentinelone', 'sentinel one', 's1 agent',
      'crowdstrike', 'crowd strike', 'falcon', 'defender', 'microsoft defender', 'windows defender', 'defender for endpoint',
      'mde', 'sophos', 'sophos intercept x', 'huntress', 'bitdefender', 'webroot', 'eset', 'malwarebytes', 'cylance',
      'carbon black', 'trend micro', 'kaspersky', 'mcafee', 'symantec', 'norton', 'threatlocker', 'application whitelisting',
      'edr agent', 'av agent', 'protection agent', 'edr alert', 'edr alerts', 'isolate', 'isolated', 'quarantined file',
    ],
  },
  {
    id: 'email-security',
    terms: [
      'email security', 'mail security', 'email filtering', 'email filter', 'mail filter', 'mail filtering', 'spam',
      'spam filter', 'spam filtering', 'anti spam', 'antispam', 'junk', 'junk mail', 'junk email', 'junk folder',
      'quarantine', 'quarantined', 'quarantined email', 'quarantined emails', 'email quarantine', 'release emails',
      'phishing', 'phish', 'phishing email', 'phishing emails', 'reported phishing', 'mimecast', 'proofpoint',
      'barracuda', 'barracuda email', 'dmarc', 'spf', 'dkim', 'email gateway', 'secure email gateway', 'seg',
      'spoofing', 'spoofed', 'spoofed email', 'impersonation', 'defender for office', 'exchange online protection', 'eop',
      'abnormal security', 'ironscales', 'avanan', 'safe links', 'safe attachments', 'blocked sender', 'allow list',
      'whitelist a sender', 'email encryption',
    ],
    implies: ['email', 'security-monitoring'],
  },
  {
    id: 'vulnerability',
    terms: [
      'vulnerability', 'vulnerabilities', 'vuln', 'vulns', 'cve', 'cves', 'vulnerability scan', 'vulnerability scans',
      'vulnerability scanning', 'vulnerability scanner', 'vulnerability management', 'vulnerability assessment',
      'vulnerability remediation', 'pen test', 'pen tests', 'pentest', 'pentests', 'pen testing', 'penetration test',
      'penetration tests', 'penetration testing', 'nessus', 'qualys', 'tenable', 'rapid7', 'insightvm', 'openvas',
      'nmap', 'zero day', 'zero days', 'exploit', 'exploits', 'exposure', 'exposures', 'attack surface', 'cvss',
      'security scan', 'security scans', 'findings', 'remediation', 'remediate', 'cve alert',
    ],
  },
  {
    id: 'security-training',
    terms: [
      'security awareness', 'security awareness training', 'awareness training', 'cyber awareness', 'cyber training',
      'security training', 'user training', 'end user training', 'staff training', 'phishing simulation',
      'phishing simulations', 'phishing sim', 'phishing sims', 'simulated phishing', 'phishing test', 'phishing tests',
      'phishing campaign', 'phishing training', 'train users', 'knowbe4', 'know be4', 'proofpoint sat',
      'curricula', 'ninjio', 'hoxhunt', 'usecure',
    ],
  },
  {
    id: 'training',
    broad: true,
    terms: ['training', 'trainings', 'trains', 'train', 'course', 'courses', 'e learning', 'elearning'],
  },
  // ── Patching ──────────────────────────────────────────────────────────────
  {
    id: 'patching',
    terms: [
      'patch', 'patches', 'patching', 'patched', 'patch management', '~update', '~updates', '~updating', '~updated',
      'windows update', 'windows updates', 'security updates', 'security patches', 'os updates', 'os patching',
      'software updates', 'third party patching', '3rd party patching', 'third party updates', 'application updates',
      'app updates', 'wsus', 'autopatch', 'windows autopatch', 'hotfix', 'hotfixes', 'service pack', 'patch tuesday',
      'cumulative update', 'feature update', 'firmware update', 'firmware updates', 'firmware', 'patch compliance',
      'patch cycle', 'patch window', 'maintenance window',
    ],
  },
  {
    id: 'server',
    target: true,
    terms: [
      'server', 'servers', 'on prem server', 'on prem servers', 'physical server', 'physical servers', 'file server',
      'sql server', 'exchange server', 'app server', 'application server', 'web server', 'print server', 'rds server',
      'terminal server', 'server room', 'server rack', 'rack', 'racks', 'data center', 'datacenter', 'data centre',
      'poweredge', 'proliant', 'idrac', 'ilo', 'windows server', 'server hardware', 'blade', 'colo', 'colocation',
    ],
  },
  {
    id: 'virtualization',
    terms: [
      'virtualization', 'virtualisation', 'virtual machine', 'virtual machines', 'vm', 'vms', 'hyper v', 'hyperv',
      'vmware', 'esxi', 'vsphere', 'vcenter', 'hypervisor', 'hypervisors', '~host', '~hosts', 'virtualization host',
      'proxmox', 'nutanix', 'xen', 'cluster', 'clusters', 'failover cluster', 'vdi', 'virtual desktop', 'virtual desktops',
      'avd', 'azure virtual desktop', 'citrix', 'rds', 'remote desktop services',
    ],
    implies: ['server'],
  },
  {
    id: 'cloud',
    target: true,
    terms: [
      'cloud', 'cloud infrastructure', 'cloud hosting', 'cloud servers', 'azure', 'microsoft azure', 'azure subscription',
      'azure subscriptions', 'azure vm', 'azure vms', 'aws', 'amazon web services', 'ec2', 's3', 'gcp', 'google cloud',
      'iaas', 'paas', 'resource group', 'resource groups', 'tenant subscription', 'cloud costs', 'cloud spend', 'landing zone',
      'azure portal', 'aws console', 'lambda', 'kubernetes', 'aks',
    ],
  },
  {
    id: 'storage',
    terms: [
      'storage', 'nas', '~san', 'file share', 'file shares', 'fileshare', 'shared drive', 'shared drives', 'network drive',
      'network drives', 'mapped drive', 'mapped drives', 'drive mapping', 'not mapping', 's drive', 'p drive', 'h drive',
      'shared folder', 'shared folders', 'folder permissions', 'file permissions', 'share permissions', 'disk space',
      'drive is full', 'out of space', 'storage space', 'synology', 'qnap', 'netapp', 'pure storage', 'dfs',
      'file server', 'file storage', 'quota', 'quotas',
    ],
  },
  {
    id: 'backup',
    terms: [
      'backup', 'backups', 'back up', 'back ups', 'backing up', 'backed up', 'restore', 'restores', 'restoring', 'restored',
      'restoration', 'restore test', 'restore tests', 'restore testing', 'test restore', 'test restores', 'recover a file',
      'recover file', 'recover files', 'file recovery', 'data recovery', 'deleted file', 'deleted files', 'deleted a file',
      'deleted email', 'lost file', 'lost files', 'accidentally deleted', 'previous version', 'veeam', 'datto', 'acronis',
      'rubrik', 'cohesity', 'commvault', 'druva', 'backblaze', 'carbonite', 'axcient', 'storagecraft', 'barracuda backup',
      'veritas', 'backup exec', 'arcserve', 'unitrends', 'azure backup', 'snapshot', 'snapshots', 'retention',
      'backup job', 'backup jobs', 'backup failed', 'backup failure', 'offsite backup', 'immutable backup', 'immutable',
      'air gapped', 'm365 backup', 'saas backup',
    ],
  },
  {
    id: 'disaster-recovery',
    terms: [
      'disaster recovery', 'disaster recovery plan', '~dr', 'dr plan', 'dr test', 'dr tests', 'dr testing', 'dr site', 'business continuity',
      'business continuity plan', 'bcp', 'bcdr', 'bc dr', 'continuity', 'continuity plan', 'failover',
      'fail over', 'recovery plan', 'rto', 'rpo', 'recovery time', 'site recovery', 'azure site recovery', 'zerto',
      'resilience', 'contingency plan',
    ],
  },
  // ── Networking ────────────────────────────────────────────────────────────
  {
    id: 'network',
    terms: [
      'network', 'networks', 'networking', 'lan', 'wan', 'core network', '~switch', 'switches', 'switching',
      'network switch', 'switch port', 'router', 'routers', '~routing', 'static route', 'static routes', 'routing table', 'route table', 'bgp', 'ospf', 'vlan', 'vlans', 'cabling', 'cable run',
      'ethernet', 'network port', 'network ports', 'data port', 'patch panel', 'meraki', 'cisco', 'aruba', 'ubiquiti',
      'unifi', 'juniper', 'netgear', 'dhcp', 'ip address', 'ip addresses', 'subnet', 'network slow', 'slow network',
      'network outage', 'connectivity', 'network connectivity', 'sd wan', 'sdwan', 'network monitoring', 'bandwidth',
      'latency', 'packet loss', 'network closet', 'idf', 'mdf', 'segmentation', 'network segmentation', 'segmented', 'microsegmentation', '~port', '~ports',
    ],
  },
  {
    id: 'firewall',
    terms: [
      'firewall', 'firewalls', 'fortinet', 'fortigate', 'forti gate', 'sonicwall', 'sonic wall', 'palo alto',
      'palo alto networks', 'watchguard', 'sophos firewall', 'sophos xg', 'meraki mx', 'pfsense', 'checkpoint',
      'check point', 'firewall rule', 'firewall rules', 'port forward', 'port forwarding', 'open a port', 'opens a port',
      'nat', 'open port', 'open ports', 'port opened', 'ips', 'ids', 'utm', 'umbrella',
      'geo blocking',
    ],
    implies: ['network'],
  },
  {
    id: 'vpn',
    terms: [
      'vpn', 'vpns', 'site to site', 'site to site vpn', 's2s', 'ipsec', 'ipsec tunnel', '~tunnel', '~tunnels',
      'remote access vpn', 'client vpn', 'globalprotect', 'global protect', 'anyconnect', 'forticlient', 'wireguard',
      'openvpn', 'ztna', 'zero trust network access', 'always on vpn',
    ],
    implies: ['network', 'remote-access'],
  },
  {
    id: 'remote-access',
    terms: [
      'remote access', 'remote desktop', 'rdp', 'work from home', 'working from home', 'wfh', 'from home', 'remote work',
      'remote working', 'remote workers', 'teamviewer', 'anydesk', 'screenconnect', 'splashtop', 'logmein',
    ],
  },
  {
    id: 'wifi',
    terms: [
      'wifi', 'wi fi', 'wireless', 'wlan', 'access point', 'access points', 'wap', 'waps', 'ssid', 'ssids',
      'guest wifi', 'guest wi fi', 'guest network', 'guest wireless', 'corporate wifi', 'wifi password', 'guest wifi password', 'wireless password', 'guest password', 'wifi passcode', 'wifi key', 'wireless network',
      'eduroam', 'hotspot', 'wifi coverage', 'dead spot', '~signal',
    ],
    implies: ['network'],
  },
  {
    id: 'isp',
    terms: [
      'isp', 'isps', 'internet', 'internet provider', 'internet service provider', 'internet circuit', 'internet circuits',
      'internet connection', 'internet down', 'internet is down', 'internet outage', 'no internet', 'slow internet',
      '~circuit', '~circuits', 'circuit drops', '~carrier', '~carriers', 'comcast', 'verizon', 'att', 'at and t', '~spectrum',
      'lumen', 'centurylink', '~cox', '~bt', 'virgin media', 'fiber', 'fibre', 'fiber line', 'broadband', 'leased line',
      'mpls', 'dia', 'dedicated internet', 'starlink', 'lte backup', 'modem', 'uplink',
    ],
    implies: ['network', 'vendor-management'],
  },
  {
    id: 'dns',
    terms: [
      'dns', 'dns record', 'dns records', 'dns change', 'mx record', 'a record', 'cname', 'txt record', 'nameserver',
      'nameservers', 'name servers', '~domain', 'domains', 'domain name', 'domain names', 'domain registration',
      'domain registrations', 'domain renewal', 'registrar', 'registrars', 'godaddy', 'go daddy', 'namecheap',
      'cloudflare', 'route 53', 'route53', 'network solutions', 'whois', 'vanity domain',
    ],
  },
  {
    id: 'certificates',
    terms: [
      'ssl', 'tls', 'certificate', 'certificates', 'cert', 'certs', 'ssl certificate', 'ssl certificates',
      'tls certificate', 'wildcard certificate', 'wildcard cert', 'https', 'certificate expired', 'expired certificate',
      'expired cert', 'cert renewal', 'certificate renewal', 'lets encrypt', 'digicert', 'sectigo', 'pki', 'certificate authority',
    ],
  },
  {
    id: 'website',
    terms: ['website', 'websites', 'web site', 'wordpress', 'web hosting', 'hosting', 'web page', 'homepage', 'intranet'],
  },
  // ── Microsoft 365 and collaboration ───────────────────────────────────────
  {
    id: 'microsoft-365',
    target: true,
    terms: [
      'microsoft 365', '~microsoft', 'm365', 'ms365', 'office 365', 'o365', 'office365', 'microsoft365', 'microsoft office',
      'ms office', 'office apps', 'office suite', 'm365 admin', 'o365 admin', 'microsoft 365 admin', 'admin center',
      'm365 tenant', 'microsoft tenant', 'tenant', 'tenants', 'tenant administration', 'exchange online', 'power automate',
      'power apps', 'power bi', 'planner', 'microsoft forms', 'copilot', 'msteams admin', 'teams admin', 'microsoft 365 apps',
      'google workspace', 'g suite', 'gsuite',
    ],
  },
  {
    id: 'email',
    target: true,
    terms: [
      'email', 'emails', 'e mail', 'mail', 'mailbox', 'mailboxes', 'shared mailbox', 'shared mailboxes', 'outlook',
      '~exchange', 'exchange online', 'distribution list', 'distribution lists', 'distribution group', 'calendar',
      'calendars', 'inbox', 'gmail', 'mail flow', 'email delivery', 'bounce', 'bounced', 'ndr', 'auto reply',
      'out of office reply', 'email signature', 'signatures', 'pst', ],
    implies: ['microsoft-365'],
  },
  {
    id: 'collaboration',
    target: true,
    terms: [
      'collaboration', 'sharepoint', 'share point', 'sharepoint site', 'sharepoint sites', 'onedrive', 'one drive',
      'msteams', 'msteams channel', 'teams channel', 'teams channels', 'teams chat', 'teams meeting', 'teams meetings',
      'team site', 'team sites', 'slack', 'zoom', 'webex', 'google drive', 'dropbox', '~box', 'file sync', '~sync',
      'external sharing', 'guest access',
    ],
    implies: ['microsoft-365'],
  },
  // ── Devices ───────────────────────────────────────────────────────────────
  {
    id: 'mobile',
    terms: [
      'mobile', 'mobiles', 'mobile device', 'mobile devices', 'mobile phone', 'mobile phones', 'cell phone', 'cell phones',
      'cellphone', 'cellphones', 'smartphone', 'smartphones', 'iphone', 'iphones', 'ipad', 'ipads', 'android',
      'tablet', 'tablets', 'company phone', 'company phones', 'work phone', 'work phones', 'work mobile', 'byod',
      'mdm', 'mam', 'intune', 'microsoft intune', 'jamf', 'apple business manager', 'abm', 'kandji', 'mosyle',
      'airwatch', 'workspace one', 'enroll', 'enrol', 'enrolls', 'enrollment', 'enrolment', 'lost phone', 'stolen phone',
      'remote wipe', 'wipe', 'rugged device', 'handheld', 'handhelds', 'zebra scanner',
    ],
  },
  {
    id: 'phones',
    target: true,
    terms: [
      'phone', 'phones', 'phone system', 'phone systems', 'voip', 'voice', 'telephony', 'telephone', 'telephones',
      'desk phone', 'desk phones', 'deskphone', 'sip', 'sip trunk', 'pbx', 'ip phone', 'ip phones', 'pstn',
      '3cx', 'ringcentral', 'ring central', 'msteams phone', 'teams phone', 'msteams calling', 'teams calling',
      'msteams voice', 'teams voice', 'calling plan', 'direct routing', 'call queue', 'call queues', 'auto attendant',
      'ivr', 'hunt group', 'voicemail', 'voicemails', 'voice mail', '~extension', 'extensions', 'dial tone', 'dialtone',
      'phone number', 'phone numbers', 'number porting', 'port a number', 'port our numbers', 'number port', '8x8', 'zoom phone', 'mitel', 'avaya', 'yealink',
      'polycom phone', 'softphone', 'call center', 'contact center', 'dial', 'ringing', 'dropped calls',
    ],
  },
  {
    id: 'imaging',
    terms: [
      'imaging', '~image', '~images', 'reimage', 're image', 'reimaging', 'autopilot', 'windows autopilot', 'sccm', 'mecm',
      'configuration manager', 'pc setup', 'laptop setup', 'device setup', 'new laptop', 'new laptops', 'new pc',
      'new pcs', 'new computer', 'new computers', 'pc build', 'pc builds', 'laptop build', 'device build', 'golden image',
      'build standard', 'pc deployment', 'device deployment', 'laptop deployment', 'device provisioning', 'wipe and reload',
      'rebuild', 'rebuilds', 'pxe', '~ghost',
    ],
    implies: ['workstation'],
  },
  {
    id: 'asset-inventory',
    terms: [
      'asset', 'assets', 'asset inventory', 'asset management', 'asset tracking', 'asset tag', 'asset tags', 'asset register',
      'inventory', 'hardware inventory', 'device inventory', 'software inventory', 'cmdb', 'lifecycle', 'life cycle',
      'hardware lifecycle', 'refresh', 'refresh cycle', 'hardware refresh', 'laptop refresh', 'end of life', 'eol',
      'end of support', 'serial number', 'serial numbers', 'lansweeper', 'snipe it', 'disposal', 'e waste', 'ewaste', 'recycling old laptops', 'decommission', 'decommissioning',
    ],
  },
  {
    id: 'procurement',
    terms: [
      'procurement', 'purchasing', 'purchase', 'purchases', 'purchase order', 'buy', 'buys', 'buying', 'bought',
      'quote', 'quotes', 'quotation', 'order new', 'orders new', 'ordering new', 'order more', 'order another', 'order hardware', 'orders hardware', 'order a laptop', 'hardware orders', 'reseller',
      'resellers', 'distributor', 'cdw', 'insight', 'shi', 'dell order', 'sourcing',
    ],
    implies: ['vendor-management'],
  },
  // ── Vendors, licensing, compliance, strategy ──────────────────────────────
  {
    id: 'vendor-management',
    terms: [
      'vendor', 'vendors', 'vendor management', 'third party vendor', 'third party vendors', 'supplier', 'suppliers',
      'supplier management', 'contract', 'contracts', 'contract renewal', 'contract renewals', 'renewal', 'renewals',
      'renew', 'renews', 'warranty', 'warranties', 'warranty claim', 'rma', 'sla', 'slas', 'msa', 'sow',
      'statement of work', 'account manager', 'vendor support', 'vendor ticket', 'vendor escalation',
      'escalate to vendor', 'open a ticket with', 'opens a ticket with', 'log a ticket with', 'raise a ticket with', 'isp ticket', 'invoice', 'invoices', 'billing',
    ],
  },
  {
    id: 'licensing',
    terms: [
      'license', 'licenses', 'licence', 'licences', 'licensing', 'licencing', 'software licensing', 'software license',
      'software licenses', 'subscription', 'subscriptions', '~seat', '~seats', 'license seats', 'seat count', 'seat licenses', 'license key', 'licence key', 'product key',
      'activation', 'activate', 'csp', 'enterprise agreement', 'true up', 'true ups', 'license renewal', 'license renewals',
      'adobe', 'adobe license', 'autodesk', 'license count', 'license assignment', 'unlicensed',
    ],
    implies: ['vendor-management'],
  },
  {
    id: 'software',
    target: true,
    broad: true,
    terms: [
      'software', 'application', 'applications', 'app', 'apps', 'program', 'programs', 'install', 'installs',
      'installed', 'installing', 'installation', 'software install', 'software installs', 'software request',
      'chrome', 'google chrome', 'firefox', 'browser', 'java', 'zoom client', 'acrobat', 'pdf reader', 'third party',
      'third party software', '3rd party',
    ],
  },
  {
    id: 'line-of-business',
    terms: [
      'line of business', 'lob', 'lob app', 'lob apps', 'line of business app', 'line of business apps',
      'line of business application', 'business application', 'business applications', 'business app', 'erp', 'erps',
      'crm', 'crms', 'mrp', 'epicor', 'sap', 'netsuite', 'dynamics', 'dynamics 365', 'dynamics gp', 'business central',
      'salesforce', 'sage', 'quickbooks', 'hubspot', 'infor', 'syspro', 'acumatica', 'oracle', 'workday', 'erp system',
      'accounting software', 'accounting system', 'inventory system', 'pms', 'custom app', 'in house app', 'application support', 'app support',
    ],
  },
  {
    id: 'database',
    target: true,
    terms: ['database', 'databases', 'db', 'dbs', 'sql', 'sql database', 'mssql', 'mysql', 'postgres', 'postgresql', 'dba', 'sql server'],
  },
  {
    id: 'compliance',
    terms: [
      'compliance', 'compliant', 'noncompliance', 'audit', 'audits', 'auditor', 'auditors', 'auditing', 'hipaa', 'soc 2',
      'soc2', 'baa', 'baas', 'business associate agreement', 'business associate agreements', 'soc 2 type 2', 'soc 1', 'iso 27001', 'iso27001', '~iso', 'pci', 'pci dss', 'gdpr', 'cmmc', 'nist',
      'nist csf', 'nist 800 171', 'cis controls', 'sox', 'sarbanes oxley', 'ferpa', 'cjis', 'ccpa', 'glba', 'fedramp',
      'dfars', 'itar', 'cyber insurance', 'cyber insurance questionnaire', 'insurance questionnaire', 'insurance renewal',
      'security questionnaire', 'security questionnaires', 'questionnaire', 'questionnaires', 'due diligence',
      'policies', 'policy', 'it policy', 'it policies', 'security policy', 'security policies', 'acceptable use policy',
      'aup', '~evidence', 'attestation', 'attestations', 'regulatory', 'regulation', 'regulations', 'regulator',
      'risk assessment', 'risk assessments', 'risk register', '~controls', 'control framework', 'certification',
      'data retention', 'legal hold', 'ediscovery', 'e discovery', ],
  },
  {
    id: 'documentation',
    terms: [
      'documentation', '~document', 'documented', 'docs', 'runbook', 'runbooks', 'run book', 'run books', 'sop', 'sops',
      'standard operating procedure', 'procedures', 'procedure', 'knowledge base', 'kb', 'kb article', 'kb articles',
      'wiki', 'it glue', 'itglue', 'hudu', 'confluence', 'network diagram', 'network diagrams', 'diagram', 'diagrams',
      'as built', 'as builts', 'password vault', 'how to guide', 'how to guides', 'write up', 'write ups',
    ],
  },
  {
    id: 'strategy',
    terms: [
      'strategy', 'strategies', 'strategic', 'it strategy', 'technology strategy', 'tech strategy', 'roadmap', 'roadmaps',
      'road map', 'it roadmap', 'technology roadmap', 'budget', 'budgets', 'budgeting', 'it budget', 'it spend',
      'technology budget', 'capex', 'opex', '~forecast', 'forecasting', 'vcio', 'virtual cio', 'fractional cio', 'cio',
      'cto', 'qbr', 'qbrs', 'quarterly business review', 'business review', 'technology planning', 'it planning',
      'tech planning', 'long term plan', 'long term tech plan', 'long term planning', 'tech plan', 'technology plan',
      'it plan', '~advisory', 'technology advisory', 'steering committee', 'governance', 'it governance', '~priorities',
      'next year', 'multi year',
    ],
  },
  {
    id: 'projects',
    terms: [
      'project', 'projects', 'major project', 'major projects', 'big project', 'big projects', 'it project', 'it projects',
      'project management', 'migration', 'migrations', 'migrate', 'migrating', 'migrated', 'move to', 'moving to',
      'deployment', 'deployments', 'deploy', 'deploying', 'rollout', 'rollouts', 'roll out', 'rolling out',
      'implementation', 'implementations', 'implement', 'upgrade', 'upgrades', 'upgrading', 'cutover', 'cut over',
      'go live', 'new system', 'new systems', 'office move', 'relocation', 'new office', 'new site', 'new location',
      'replatform', '~transition', 'consolidation', 'modernization', 'modernisation', 'refresh project',
    ],
  },
  {
    id: 'meeting-rooms',
    terms: [
      'conference room', 'conference rooms', 'meeting room', 'meeting rooms', 'boardroom', 'board room', 'huddle room',
      'huddle rooms', '~av', 'a v', 'av equipment', 'av system', 'audio visual', 'audiovisual', 'projector', 'projectors',
      '~tv', 'tvs', '~television', '~display', '~displays', 'screen sharing', 'msteams room', 'msteams rooms', 'teams room',
      'teams rooms', 'zoom room', 'zoom rooms', 'video conferencing', 'video conference', 'videoconferencing',
      'room system', 'room systems', 'speakerphone', 'conference phone', 'poly', 'logitech rally', 'crestron',
      'smartboard', 'smart board', 'interactive whiteboard', 'interactive panel', 'interactive panels', 'interactive display', 'interactive displays', 'interactive flat panel', 'promethean', 'promethean board', 'viewsonic', 'doc cam', 'doc cams', 'doc camera', 'document camera', 'document cameras', 'elmo', 'classroom av', 'town hall', 'hdmi', 'clickshare',
    ],
  },
  {
    id: 'physical-security',
    terms: [
      'door access', 'access control', 'access control system', 'badge', 'badges', 'badge reader', 'badge readers',
      'key card', 'keycard', 'key cards', 'fob', 'fobs', 'key fob', 'cctv', 'camera', 'cameras', 'security camera',
      'security cameras', 'surveillance', 'nvr', 'dvr', 'verkada', 'alarm system', 'door', 'doors', 'intercom',
      'physical security', 'video surveillance', 'brivo', 'genetec',
    ],
  },
  {
    id: 'it-monitoring',
    terms: [
      'monitoring', 'rmm', 'remote monitoring', 'ninjaone', 'ninja rmm', 'datto rmm', 'connectwise', 'connectwise automate',
      'n able', 'nable', 'kaseya', 'atera', 'prtg', 'zabbix', 'nagios', 'solarwinds', 'uptime monitoring',
      'health checks', 'server monitoring',
    ],
  },
  {
    id: 'classroom-tech',
    terms: ['classroom technology', 'classroom tech', 'smartboard', 'chromebook cart', 'student devices', 'one to one', '1 to 1', 'lab computers', 'computer lab'],
  },
  {
    id: 'data-protection',
    terms: ['dlp', 'data loss prevention', 'encryption', 'encrypted', 'bitlocker', 'filevault', 'sensitivity labels', 'information protection', 'purview'],
  },
  {
    id: 'scripting-automation',
    terms: ['automation', 'scripting', 'script', 'scripts', 'powershell', 'workflow automation', 'integration', 'integrations', 'api', 'apis'],
  },
  // ── Sector systems (healthcare, education): general vocabulary of those fields ──
  {
    id: 'ehr',
    terms: [
      'ehr', 'ehrs', 'emr', 'emrs', 'electronic health record', 'electronic health records', 'electronic medical record',
      'electronic medical records', 'eclinicalworks', 'ecw', 'athenahealth', 'athena', 'nextgen', 'cerner', 'oracle health',
      '~epic', 'meditech', 'allscripts', 'veradigm', 'practice fusion', 'drchrono', 'kareo', 'tebra', 'greenway',
      'modmed', 'dentrix', 'eaglesoft', 'open dental', 'patient chart', 'patient charts', 'charting', 'e prescribing',
      'eprescribing', 'epcs',
    ],
    implies: ['line-of-business'],
  },
  {
    id: 'health-interfaces',
    terms: [
      'hl7', 'hl7 interface', 'interface engine', 'mirth', 'mirth connect', 'lab interface', 'lab interfaces',
      'lab results', 'lab orders', 'clearinghouse', 'claims clearinghouse', 'edi', 'eligibility checks', 'fhir',
      'interoperability', 'hie', 'health information exchange',
    ],
  },
  {
    id: 'practice-billing',
    terms: [
      'practice management', 'practice management system', 'practice management software', 'medical billing',
      'billing software', 'billing system', 'rcm', 'revenue cycle', 'superbill', '~statements',
    ],
    implies: ['line-of-business'],
  },
  {
    id: 'fax',
    terms: [
      'fax', 'faxes', 'faxed', 'faxing', 'efax', 'e fax', 'efaxes', 'fax line', 'fax lines', 'fax machine', 'fax server',
      'fax number', 'online fax', 'cloud fax', 'rightfax', 'srfax', 'updox', 'faxes not coming through',
    ],
    implies: ['phones'],
  },
  {
    id: 'telehealth',
    terms: [
      'telehealth', 'telemedicine', 'virtual visit', 'virtual visits', 'video visit', 'video visits', 'doxy',
      'doxy me', 'virtual care', 'telepsychiatry',
    ],
  },
  {
    id: 'patient-portal',
    terms: [
      'patient portal', 'patient portals', 'online scheduling', 'online booking', 'online appointment', 'online appointments',
      'appointment booking', 'self scheduling', 'appointment reminders', 'appointment reminder', 'patient app',
      'patient messaging', 'mychart', 'healow',
    ],
  },
  {
    id: 'medical-devices',
    terms: [
      'medical device', 'medical devices', 'biomed', 'biomedical', 'ultrasound', 'x ray', 'xray', 'mri', 'ct scanner',
      'infusion pump', 'infusion pumps', 'ekg', 'ecg', 'vitals machine', 'vitals monitor', 'modality', 'modalities',
      'pacs', 'dicom', 'imaging device',
    ],
  },
  {
    id: 'chromebook',
    terms: [
      'chromebook', 'chromebooks', 'chrome book', 'chromeos', 'chrome os', 'google admin console', 'chrome management',
      'chrome device management', 'chromebook cart', 'chromebook carts',
    ],
    implies: ['workstation'],
  },
  {
    id: 'content-filter',
    terms: [
      'content filter', 'content filtering', 'web filter', 'web filtering', 'url filtering', 'dns filtering',
      'cisco umbrella', 'umbrella', 'goguardian', 'go guardian', 'securly', 'lightspeed', 'lightspeed filter', 'iboss',
      'contentkeeper', 'blocked website', 'blocked websites', 'website blocked', 'site blocked', 'blocked site',
      'blocked sites', 'unblock', 'unblock a site', '~blocked', 'youtube blocked', 'blocked youtube', 'website is blocked', 'site is blocked', 'unblocked', 'cipa', 'safe search', 'safesearch',
    ],
    implies: ['firewall'],
  },
  {
    id: 'student-information-system',
    terms: [
      'student information system', 'sis', 'powerschool', 'infinite campus', 'skyward', 'aeries', 'synergy',
      'gradebook', 'grade book', 'grades', 'report card', 'report cards', 'transcripts', 'attendance', 'enrollment data',
      'schedules for students', 'class schedules',
    ],
    implies: ['line-of-business'],
  },
  {
    id: 'lms',
    terms: [
      'lms', 'learning management system', 'learning management', 'canvas', 'schoology', 'google classroom', 'moodle',
      'blackboard', 'brightspace', 'd2l', 'seesaw', 'course shell', 'course shells',
    ],
  },
  {
    id: 'rostering',
    terms: ['rostering', 'roster', 'rosters', 'roster sync', 'clever', 'classlink', 'oneroster', 'class rosters'],
  },
  {
    id: 'erate',
    terms: ['e rate', 'erate', 'usac', 'form 470', 'form 471', 'form 486', 'category 2 funding', 'erate filing', 'erate filings'],
  },
  {
    id: 'paging',
    terms: [
      'pa system', 'public address', 'paging', 'overhead paging', 'intercom', '~bell', 'bells', 'bell schedule',
      'bell system', 'announcements', '~announcement', 'clock system', 'school bells',
    ],
    implies: ['phones'],
  },
  {
    id: 'student-testing',
    terms: [
      'state testing', 'state test', 'state tests', 'state assessment', 'state assessments', 'standardized testing',
      'testnav', 'testing kiosk', 'kiosk app', 'lockdown browser', 'test readiness', 'testing devices', 'map testing',
    ],
  },
  {
    id: 'privacy',
    terms: [
      'privacy', 'data privacy', 'student data privacy', 'data privacy agreement', 'privacy agreement', 'dpa', 'sdpc',
      'coppa', 'app vetting', 'app approval', 'approve an app', 'vetting',
    ],
  },
];

/**
 * Everyday phrases in which an IT-looking word means something else ("annual leave",
 * "coffee machine", "clean the windows"). They are recognised as phrases so their
 * words neither match rows directly nor through concepts.
 */
export const NON_IT_PHRASES: readonly string[] = [
  'annual leave', 'sick leave', 'parental leave', 'maternity leave', 'paternity leave', 'leave request', 'leave requests',
  'leave of absence', 'coffee machine', 'vending machine', 'washing machine', 'ice machine',
  'sewing machine', 'clean windows', 'wash windows', 'window cleaning', 'windows cleaning', 'window cleaner',
  'office chair', 'office chairs', 'office supplies', 'office lease', 'office party', 'office manager', 'office plants',
  'fire alarm', 'fire door', 'fire doors', 'fire drill', 'fire drills', 'burglar alarm', 'company car', 'company cars',
  'car park', 'parking lot', 'parking permit', 'parking permits', 'employee handbook', 'staff handbook', 'update my address',
  'change my address', 'bank details', 'direct deposit', 'expense report', 'expense reports', 'pay slip', 'payslip',
  'phone bill', 'health insurance', 'life insurance', 'quality control', 'quality assurance', 'customer service',
  'customer complaints', 'customer support', 'sales support', 'first aid', 'security guard', 'security guards',
  'training day', 'team building', 'holiday party', 'christmas party', 'fire extinguisher', 'fire extinguishers',
  'safety training', 'food safety', 'medical supplies', 'cleaning supplies', 'ac', 'hvac', 'air conditioning',
  'air conditioner', 'seating chart', 'seating plan',
];

/**
 * Time and place references that only set the scene ("last night", "main office"):
 * recognised so their words neither match nor count against a row.
 */
export const CONTEXT_PHRASES: readonly string[] = [
  'last night', 'last week', 'last month', 'this morning', 'this afternoon', 'yesterday morning', 'earlier today',
  'main office', 'head office', 'home office', 'branch office', 'front desk', 'second floor', 'first floor',
  'ground floor', 'top floor', 'other office', 'break room', 'lunch room', 'shop floor', 'warehouse floor', 'all day', 'right now', 'since monday', 'every time',
];
