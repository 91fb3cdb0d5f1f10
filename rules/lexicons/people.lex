# People: heads of state and government, trade and commerce ministers, regulators, lawmakers.
# `office:` lines are titles the person held, valid only for the dates after `@`: in a 1987 article
# "the President" is Ronald Reagan, in a 2019 one Donald Trump. Surnames that are common words carry {later}:
# they name the person only after a fuller mention in the same document.

# --- U.S. presidents
us.president.carter | person | Jimmy Carter
  alias: Carter {later} | President Carter
  office: President {not-initial} | U.S. President | US President | American President @ 1977-01-20..1981-01-20
  country: us
us.president.reagan | person | Ronald Reagan
  alias: Reagan | President Reagan | Ronald W. Reagan
  office: President {not-initial} | U.S. President | US President | American President @ 1981-01-20..1989-01-20
  country: us
us.president.bush41 | person | George H. W. Bush
  alias: George H.W. Bush | George Herbert Walker Bush
  alias: George Bush | Bush {later} @ ..2001-01-20
  office: President {not-initial} | U.S. President | US President | American President @ 1989-01-20..1993-01-20
  office: Vice President | U.S. Vice President @ 1981-01-20..1989-01-20
  country: us
us.president.clinton | person | Bill Clinton
  alias: Clinton {later} | President Clinton
  office: President {not-initial} | U.S. President | US President | American President @ 1993-01-20..2001-01-20
  country: us
us.president.bush43 | person | George W. Bush
  alias: George Bush | Bush {later} @ 2001-01-20..
  office: President {not-initial} | U.S. President | US President | American President @ 2001-01-20..2009-01-20
  country: us
us.president.obama | person | Barack Obama
  alias: Obama | President Obama
  office: President {not-initial} | U.S. President | US President | American President @ 2009-01-20..2017-01-20
  country: us
us.president.trump | person | Donald Trump
  alias: Trump | President Trump | Donald J. Trump
  office: President {not-initial} | U.S. President | US President | American President @ 2017-01-20..2021-01-20
  office: President {not-initial} | U.S. President | US President | American President @ 2025-01-20..
  country: us
us.president.biden | person | Joe Biden
  alias: Biden | President Biden | Joseph R. Biden | Joseph Biden
  office: President {not-initial} | U.S. President | US President | American President @ 2021-01-20..2025-01-20
  office: Vice President @ 2009-01-20..2017-01-20
  country: us

# --- U.S. commerce secretaries
us.commerce.baldrige | person | Malcolm Baldrige
  alias: Baldrige
  office: Commerce Secretary | Secretary of Commerce | U.S. Commerce Secretary @ 1981-01-20..1987-07-26
  country: us
us.commerce.verity | person | C. William Verity
  alias: William Verity | Verity {later}
  office: Commerce Secretary | Secretary of Commerce | U.S. Commerce Secretary @ 1987-10-19..1989-01-20
  country: us
us.commerce.ross | person | Wilbur Ross
  alias: Ross {later} | Wilbur L. Ross
  office: Commerce Secretary | Secretary of Commerce | U.S. Commerce Secretary | US Commerce Secretary @ 2017-02-28..2021-01-20
  country: us
us.commerce.raimondo | person | Gina Raimondo
  alias: Raimondo
  office: Commerce Secretary | Secretary of Commerce | U.S. Commerce Secretary | US Commerce Secretary @ 2021-03-03..2025-01-20
  country: us
us.commerce.lutnick | person | Howard Lutnick
  alias: Lutnick
  office: Commerce Secretary | Secretary of Commerce | U.S. Commerce Secretary | US Commerce Secretary @ 2025-02-21..
  country: us
us.commerce.locke | person | Gary Locke
  alias: Locke {later}
  office: Commerce Secretary | Secretary of Commerce @ 2009-03-26..2011-08-01
  country: us
us.commerce.pritzker | person | Penny Pritzker
  alias: Pritzker
  office: Commerce Secretary | Secretary of Commerce @ 2013-06-26..2017-01-20
  country: us

# --- U.S. trade representatives
us.ustr.yeutter | person | Clayton Yeutter
  alias: Yeutter
  office: Trade Representative | U.S. Trade Representative | US Trade Representative @ 1985-07-01..1989-01-20
  country: us
us.ustr.hills | person | Carla Hills
  alias: Hills {later}
  office: Trade Representative | U.S. Trade Representative | US Trade Representative @ 1989-02-06..1993-01-20
  country: us
us.ustr.kantor | person | Mickey Kantor
  alias: Kantor
  office: Trade Representative | U.S. Trade Representative | US Trade Representative @ 1993-01-22..1996-04-12
  country: us
us.ustr.lighthizer | person | Robert Lighthizer
  alias: Lighthizer
  office: Trade Representative | U.S. Trade Representative | US Trade Representative @ 2017-05-15..2021-01-20
  country: us
us.ustr.tai | person | Katherine Tai
  alias: Tai {later}
  office: Trade Representative | U.S. Trade Representative | US Trade Representative @ 2021-03-18..2025-01-20
  country: us
us.ustr.greer | person | Jamieson Greer
  alias: Greer {later}
  office: Trade Representative | U.S. Trade Representative | US Trade Representative @ 2025-02-27..
  country: us

# --- other U.S. cabinet members
us.treasury.baker | person | James Baker
  alias: Baker {later} | James A. Baker
  office: Treasury Secretary | Secretary of the Treasury | U.S. Treasury Secretary @ 1985-02-04..1988-08-17
  country: us
us.treasury.mnuchin | person | Steven Mnuchin
  alias: Mnuchin | Steve Mnuchin
  office: Treasury Secretary | Secretary of the Treasury | U.S. Treasury Secretary @ 2017-02-13..2021-01-20
  country: us
us.treasury.yellen | person | Janet Yellen
  alias: Yellen
  office: Treasury Secretary | Secretary of the Treasury | U.S. Treasury Secretary @ 2021-01-26..2025-01-20
  country: us
us.state.shultz | person | George Shultz
  alias: Shultz | George P. Shultz
  office: Secretary of State | U.S. Secretary of State @ 1982-07-16..1989-01-20
  country: us
us.state.pompeo | person | Mike Pompeo
  alias: Pompeo
  office: Secretary of State | U.S. Secretary of State @ 2018-04-26..2021-01-20
  country: us
us.state.blinken | person | Antony Blinken
  alias: Blinken
  office: Secretary of State | U.S. Secretary of State @ 2021-01-26..2025-01-20
  country: us
us.state.rubio | person | Marco Rubio
  alias: Rubio
  office: Secretary of State | U.S. Secretary of State @ 2025-01-21..
  country: us
us.agriculture.lyng | person | Richard Lyng
  alias: Lyng
  office: Agriculture Secretary | Secretary of Agriculture | U.S. Agriculture Secretary @ 1986-03-07..1989-01-20
  country: us
us.justice.meese | person | Edwin Meese
  alias: Meese
  office: Attorney General | U.S. Attorney General @ 1985-02-25..1988-08-12
  country: us
us.fed.volcker | person | Paul Volcker
  alias: Volcker
  office: Fed Chairman | Federal Reserve Chairman | Federal Reserve Board Chairman @ 1979-08-06..1987-08-11
  country: us
us.fed.greenspan | person | Alan Greenspan
  alias: Greenspan
  office: Fed Chairman | Federal Reserve Chairman | Federal Reserve Board Chairman @ 1987-08-11..2006-01-31
  country: us

# --- U.S. lawmakers often in trade news
us.senate.bentsen | person | Lloyd Bentsen
  alias: Bentsen
  country: us
us.senate.danforth | person | John Danforth
  alias: Danforth
  country: us
us.house.gephardt | person | Richard Gephardt
  alias: Gephardt | Dick Gephardt
  country: us
us.senate.byrd | person | Robert Byrd
  alias: Byrd {later}
  country: us
us.senate.dole | person | Robert Dole
  alias: Dole {later} | Bob Dole
  country: us
us.house.rostenkowski | person | Dan Rostenkowski
  alias: Rostenkowski
  country: us
us.senate.schumer | person | Chuck Schumer
  alias: Schumer | Charles Schumer
  country: us
us.senate.cotton | person | Tom Cotton
  alias: Cotton {later}
  country: us
us.house.pelosi | person | Nancy Pelosi
  alias: Pelosi
  country: us
us.house.mccaul | person | Michael McCaul
  alias: McCaul
  country: us

# --- Japan
jp.pm.nakasone | person | Yasuhiro Nakasone
  alias: Nakasone
  office: Japanese Prime Minister | Japan's Prime Minister @ 1982-11-27..1987-11-06
  country: jp
jp.pm.takeshita | person | Noboru Takeshita
  alias: Takeshita
  office: Japanese Prime Minister | Japan's Prime Minister @ 1987-11-06..1989-06-03
  country: jp
jp.pm.abe | person | Shinzo Abe
  alias: Abe {later}
  office: Japanese Prime Minister | Japan's Prime Minister @ 2012-12-26..2020-09-16
  country: jp
jp.miti.tamura | person | Hajime Tamura
  alias: Tamura {later}
  office: Japanese Trade Minister | MITI Minister | International Trade and Industry Minister @ 1986-07-22..1987-11-06
  country: jp
jp.mof.miyazawa | person | Kiichi Miyazawa
  alias: Miyazawa
  office: Japanese Finance Minister @ 1986-07-22..1988-12-09
  country: jp

# --- Europe
eu.commission.de-clercq | person | Willy De Clercq
  alias: De Clercq | de Clercq
  office: Trade Commissioner | EC Trade Commissioner | External Relations Commissioner @ 1985-01-07..1989-01-06
  country: be
eu.commission.andriessen | person | Frans Andriessen
  alias: Andriessen
  country: nl
eu.commission.delors | person | Jacques Delors
  alias: Delors
  office: Commission President | European Commission President @ 1985-01-07..1995-01-23
  country: fr
eu.commission.malmstrom | person | Cecilia Malmstrom
  alias: Malmstrom | Cecilia Malmström | Malmström
  office: Trade Commissioner | EU Trade Commissioner @ 2014-11-01..2019-12-01
  country: se
eu.commission.hogan | person | Phil Hogan
  alias: Hogan {later}
  office: Trade Commissioner | EU Trade Commissioner @ 2019-12-01..2020-08-26
  country: ie
eu.commission.dombrovskis | person | Valdis Dombrovskis
  alias: Dombrovskis
  office: Trade Commissioner | EU Trade Commissioner @ 2020-08-26..2024-12-01
  country: lv
eu.commission.vestager | person | Margrethe Vestager
  alias: Vestager
  office: Competition Commissioner | EU Competition Commissioner @ 2014-11-01..2024-12-01
  country: dk
eu.commission.von-der-leyen | person | Ursula von der Leyen
  alias: von der Leyen | Von der Leyen
  office: Commission President | European Commission President @ 2019-12-01..
  country: de
uk.pm.thatcher | person | Margaret Thatcher
  alias: Thatcher | Mrs Thatcher
  office: British Prime Minister @ 1979-05-04..1990-11-28
  country: gb
de.chancellor.kohl | person | Helmut Kohl
  alias: Kohl
  office: West German Chancellor | German Chancellor @ 1982-10-01..1998-10-27
  country: de
fr.president.mitterrand | person | Francois Mitterrand
  alias: Mitterrand | François Mitterrand
  office: French President @ 1981-05-21..1995-05-17
  country: fr
fr.pm.chirac | person | Jacques Chirac
  alias: Chirac
  office: French Prime Minister @ 1986-03-20..1988-05-10
  office: French President @ 1995-05-17..2007-05-16
  country: fr
se.trade.gradin | person | Anita Gradin
  alias: Gradin
  office: Foreign Trade Minister | Swedish Foreign Trade Minister @ 1986-10-17..1991-10-04
  country: se

# --- Soviet Union, China, others
su.gorbachev | person | Mikhail Gorbachev
  alias: Gorbachev
  office: Soviet leader | Soviet General Secretary @ 1985-03-11..1991-12-25
  country: su
cn.xi | person | Xi Jinping
  alias: Xi {later} | President Xi
  office: Chinese President | China's President @ 2013-03-14..
  country: cn
cn.deng | person | Deng Xiaoping
  alias: Deng {later}
  country: cn
